// The slides' bullets in a shaded box under a section's heading: what a student saw on the screen, before
// the prose that explains it. The label is the medium's own; the bullets come from the content.
import { Text, View } from '@react-pdf/renderer';
import type { Slide } from '@vmvc/content';
import { colors } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';
import { BulletList } from './BulletList.tsx';

/** Every bullet of the slides, in slide order, each once: a bullet two slides repeat is printed once. */
export function keyPointsOf(slides: readonly Slide[]): string[] {
  return [...new Set(slides.flatMap((slide) => slide.bullets))];
}

interface KeyPointsProps {
  /** What the box is, e.g. "On the slides"; set in small capitals. */
  label: string;
  items: readonly string[];
  fontSize?: number;
}

export function KeyPoints({ label, items, fontSize = 8.5 }: KeyPointsProps) {
  return (
    <View
      wrap={false}
      style={{
        backgroundColor: colors.shade,
        borderLeftWidth: 2,
        borderLeftColor: colors.muted,
        paddingTop: 5,
        // The list's last item brings its own space below.
        paddingBottom: 5 - fontSize * 0.3,
        paddingHorizontal: 9,
        marginBottom: 9,
      }}
    >
      <Text
        tag="P"
        style={{ ...textStyle(8, 1.3, true), color: colors.muted, letterSpacing: 0.5, marginBottom: 2 }}
      >
        {label.toUpperCase()}
      </Text>
      <BulletList items={items} fontSize={fontSize} lineHeight={1.3} />
    </View>
  );
}
