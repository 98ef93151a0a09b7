// The key differences: the aspect on the left, what differs on the right. Tagged as a list whose items
// are labelled by their aspect (L, LI, Lbl, LBody), as a definition list is.
import { Text, View } from '@react-pdf/renderer';
import type { KeyDifference } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';

export function KeyDifferenceList({ items, fontSize = 9.5 }: { items: KeyDifference[]; fontSize?: number }) {
  return (
    <View tag={{ role: 'L' }}>
      {items.map((item) => (
        <View
          key={item.id}
          tag="LI"
          wrap={false}
          style={{
            flexDirection: 'row',
            paddingVertical: fontSize * 0.3,
            borderBottomWidth: 0.5,
            borderBottomColor: colors.rule,
          }}
        >
          <Text tag="Lbl" style={{ ...textStyle(fontSize, 1.4, true), width: '28%', paddingRight: 6 }}>
            {item.aspect}
          </Text>
          <Text tag="LBody" style={{ ...textStyle(fontSize, 1.4), flex: 1 }}>
            {item.text}
          </Text>
        </View>
      ))}
    </View>
  );
}
