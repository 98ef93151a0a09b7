// The speaker notes beside a slide card, for the lecturer's own copy of the notes handout.
import { Text, View } from '@react-pdf/renderer';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';

export function SpeakerNotes({ lines, fontSize }: { lines: string[]; fontSize: number }) {
  return (
    // One paragraph, its lines broken by the notes plan.
    <View tag="P" style={{ paddingLeft: 8, borderLeftWidth: 1.5, borderLeftColor: colors.rule }}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in the notes
        <Text key={i} style={{ ...textStyle(fontSize, 1.4), color: colors.ink }}>
          {line}
        </Text>
      ))}
    </View>
  );
}
