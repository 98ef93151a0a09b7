// The reference list: each source in the lecture's IEEE form (Korean title as published), its English
// title, a link and a QR code to open it on a phone. Tagged as a list: per source an LI with its number as
// the Lbl; the LBody holds the entry as a Link, the English title and the QR code's Link.
import { Link, Text, View } from '@react-pdf/renderer';
import { formatReference, type Reference } from '@vmvc/content';
import type { TextMeasure } from '@vmvc/design';
import { colors, wrapLines } from '@vmvc/design';
import { markSpan } from '../text/text-layout.ts';
import { textStyle } from '../text/text-style.ts';
import { QrCode } from './QrCode.tsx';

interface ReferenceListProps {
  references: Reference[];
  /** The number of the first reference: [1] unless the list is a continuation. */
  first?: number;
  width: number;
  measure: TextMeasure;
  fontSize?: number;
  qrSize?: number;
}

export function ReferenceList({
  references,
  first = 1,
  width,
  measure,
  fontSize = 8.5,
  qrSize = 48,
}: ReferenceListProps) {
  const numberWidth = fontSize * 2.6;
  const gap = 10;
  // A safety margin: react-pdf must never find a line too long and break it again (with a hyphen).
  const textWidth = (width - numberWidth - qrSize - gap) * 0.98;
  return (
    <View tag={{ role: 'L' }}>
      {references.map((reference, i) => {
        // The IEEE line is set as lines broken here, so that the URL breaks only where a URL may break.
        const line = formatReference(reference);
        const lines = wrapLines(line, textWidth, (t) => measure(t, fontSize));
        const urlAt = line.indexOf(reference.URL);
        const pieces = markSpan(lines, line, urlAt, urlAt + reference.URL.length);
        return (
          <View
            key={reference.id}
            tag="LI"
            wrap={false}
            style={{ flexDirection: 'row', marginBottom: fontSize * 0.9, alignItems: 'flex-start' }}
          >
            <Text tag="Lbl" style={{ ...textStyle(fontSize, 1.4, true), width: numberWidth }}>
              {`[${first + i}]`}
            </Text>
            {/* The body holds the QR code too, so that its link is part of the item. */}
            <View tag="LBody" style={{ flex: 1, flexDirection: 'row', alignItems: 'flex-start' }}>
              <View style={{ flex: 1, paddingRight: gap }}>
                <Link
                  src={reference.URL}
                  tag={{ role: 'Link', contents: reference.title }}
                  style={{ textDecoration: 'none', color: colors.ink }}
                >
                  {pieces.map((linePieces, l) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in the entry
                    <Text key={l} style={textStyle(fontSize, 1.4)}>
                      {linePieces.map((piece, p) =>
                        piece.marked ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positions in the line
                          <Text key={p} style={{ color: colors.link }}>
                            {piece.text}
                          </Text>
                        ) : (
                          piece.text
                        ),
                      )}
                    </Text>
                  ))}
                </Link>
                {reference['translated-title'] ? (
                  <Text
                    tag="P"
                    style={{ ...textStyle(fontSize - 0.5, 1.4), color: colors.muted, marginTop: 1 }}
                  >
                    {`English title: ${reference['translated-title']}`}
                  </Text>
                ) : null}
              </View>
              {/* The QR code is drawn as an artifact; its link's alt text names the source. */}
              <Link
                src={reference.URL}
                tag={{ role: 'Link', alt: reference.title, lang: reference.language }}
              >
                <QrCode text={reference.URL} size={qrSize} />
              </Link>
            </View>
          </View>
        );
      })}
    </View>
  );
}
