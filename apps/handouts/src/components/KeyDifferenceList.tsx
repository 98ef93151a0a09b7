// The key differences: the aspect on the left, what differs on the right.
import { Text, View } from '@react-pdf/renderer';
import type { KeyDifference } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';

export function KeyDifferenceList({ items, fontSize = 9.5 }: { items: KeyDifference[]; fontSize?: number }) {
  return (
    <View>
      {items.map((item) => (
        <View
          key={item.id}
          wrap={false}
          style={{
            flexDirection: 'row',
            paddingVertical: fontSize * 0.3,
            borderBottomWidth: 0.5,
            borderBottomColor: colors.rule,
          }}
        >
          <Text style={{ ...textStyle(fontSize, 1.4, true), width: '28%', paddingRight: 6 }}>
            {item.aspect}
          </Text>
          <Text style={{ ...textStyle(fontSize, 1.4), flex: 1 }}>{item.text}</Text>
        </View>
      ))}
    </View>
  );
}
