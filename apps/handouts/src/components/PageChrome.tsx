// The running header and the "Page N of M" footer every page of every variant carries.
import { Text, View } from '@react-pdf/renderer';
import { authorLine, type Lecture } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { stampOf } from '../documents/document-info.ts';
import { margins } from '../documents/paper.ts';

// No lineHeight anywhere here or above: on a fixed element's ancestors it drops the footer from later pages.
const bar = {
  position: 'absolute',
  left: margins.left,
  right: margins.right,
  flexDirection: 'row',
  justifyContent: 'space-between',
  fontSize: 8,
  color: colors.muted,
} as const;

/** The lecture's title and the variant on the left, the content stamp on the right, ruled off below. */
function RunningHeader({ left, right }: { left: string; right: string }) {
  return (
    <View
      fixed
      style={{ ...bar, top: 26, paddingBottom: 4, borderBottomWidth: 0.5, borderBottomColor: colors.rule }}
    >
      <Text>{left}</Text>
      <Text>{right}</Text>
    </View>
  );
}

/** The credit on the left and "Page N of M" on the right. */
function PageFooter({ left }: { left: string }) {
  return (
    <View fixed style={{ ...bar, bottom: 26 }}>
      <Text>{left}</Text>
      <Text fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

/** Header and footer of every page: the lecture's title, what the paper is, the stamp, credit, page. */
export function PageChrome({ lecture, label }: { lecture: Lecture; label: string }) {
  return (
    <>
      <RunningHeader left={`${lecture.meta.title} — ${label}`} right={`content ${stampOf(lecture)}`} />
      <PageFooter
        left={`© ${lecture.meta.date.slice(0, 4)} ${authorLine(lecture.meta.authors)} · ${lecture.meta.license}`}
      />
    </>
  );
}
