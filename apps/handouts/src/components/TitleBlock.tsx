// The title block on the first page: what the paper is, the lecture's title, author, date and content stamp.
import { Text, View } from '@react-pdf/renderer';
import { authorLine, formatDate, type Lecture } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { stampOf } from '../documents/document-info.ts';
import { textStyle, typeSizes } from '../text/text-style.ts';
import { bookmark } from './bookmark.ts';

interface TitleBlockProps {
  lecture: Lecture;
  /** What this paper is: "Handout", "Summary", "Notes". */
  kind: string;
  /** Smaller, for the one-page summary. */
  compact?: boolean;
}

export function TitleBlock({ lecture, kind, compact = false }: TitleBlockProps) {
  const { meta } = lecture;
  const k = compact ? 0.72 : 1;
  /** A size of the full block scaled for the compact one, never under print's 8 pt floor. */
  const small = (size: number) => Math.max(8, size * k);
  return (
    <View
      {...bookmark(meta.title)}
      style={{
        borderBottomWidth: 1.5,
        borderBottomColor: colors.ink,
        paddingBottom: 10 * k,
        marginBottom: 16 * k,
      }}
    >
      <Text tag="P" style={{ ...textStyle(small(8.5), 1.3, true), color: colors.muted, letterSpacing: 0.6 }}>
        {kind.toUpperCase()}
      </Text>
      {/* The lecture's title is the document's one H1; sections are H2 under it. */}
      <Text tag="H1" style={{ ...textStyle(typeSizes.title * k, 1.2, true), marginTop: 2 }}>
        {meta.title}
      </Text>
      <Text tag="P" style={{ ...textStyle(typeSizes.subtitle * k, 1.35), color: colors.muted, marginTop: 2 }}>
        {meta.subtitle}
      </Text>
      <Text tag="P" style={{ ...textStyle(small(10.5), 1.4, true), marginTop: 8 * k }}>
        {authorLine(meta.authors)}
      </Text>
      <Text tag="P" style={{ ...textStyle(small(8.5), 1.4), color: colors.muted }}>
        {`${formatDate(meta.date, 'long')} · content ${stampOf(lecture)} · ${meta.license}`}
      </Text>
    </View>
  );
}
