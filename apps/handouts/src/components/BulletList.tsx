// A list with a bullet hanging in the margin, each item one string (so no "-" is ever inserted at a break).
// Tagged as a list: L, and per item an LI with the bullet as its Lbl and the text as its LBody.
import { Text, View } from '@react-pdf/renderer';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';

interface BulletListProps {
  items: readonly string[];
  fontSize: number;
  lineHeight?: number;
  color?: string;
}

export function BulletList({ items, fontSize, lineHeight = 1.4, color = colors.ink }: BulletListProps) {
  return (
    // An object tag: a list split across pages stays one L (the parts share the object).
    <View tag={{ role: 'L' }}>
      {items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; their order is their identity
        <View key={i} tag={{ role: 'LI' }} style={{ flexDirection: 'row', marginBottom: fontSize * 0.3 }}>
          <Text
            tag="Lbl"
            style={{ ...textStyle(fontSize, lineHeight), width: fontSize * 0.9, color: colors.muted }}
          >
            •
          </Text>
          <Text tag="LBody" style={{ ...textStyle(fontSize, lineHeight), flex: 1, color }}>
            {item}
          </Text>
        </View>
      ))}
    </View>
  );
}
