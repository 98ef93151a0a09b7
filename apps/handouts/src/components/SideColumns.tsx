// The two sides of the lecture side by side: each profile's points, or each side's use cases.
import { Text, View } from '@react-pdf/renderer';
import type { Profiles, Side } from '@vmvc/content';
import { sideColors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';
import { BulletList } from './BulletList.tsx';

const sides: Side[] = ['vm', 'container'];

interface SideColumnsProps {
  profiles: Profiles;
  /** What each column lists: the profile's points or its use cases. */
  show: 'points' | 'use-cases';
  fontSize?: number;
  /** Gap between the columns in points. */
  gap?: number;
  /** The heading level of each column's title: one below the heading the columns sit under. */
  heading: 'H3' | 'H4';
}

export function SideColumns({ profiles, show, fontSize = 9.5, gap = 18, heading }: SideColumnsProps) {
  return (
    <View style={{ flexDirection: 'row' }}>
      {sides.map((side, i) => {
        const profile = profiles[side];
        const items = show === 'points' ? profile.points : profile.useCases.map((u) => u.label);
        return (
          <View key={side} style={{ flex: 1, marginLeft: i === 0 ? 0 : gap }}>
            <Text
              tag={heading}
              style={{
                ...textStyle(fontSize * 1.05, 1.35, true),
                color: sideColors[side],
                borderBottomWidth: 1,
                borderBottomColor: sideColors[side],
                paddingBottom: 2,
                marginBottom: fontSize * 0.4,
              }}
            >
              {profile.title}
            </Text>
            <BulletList items={items} fontSize={fontSize} />
          </View>
        );
      })}
    </View>
  );
}
