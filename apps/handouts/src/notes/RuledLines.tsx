// Ruled lines for the student's own notes under a slide card.
import { Line, Svg } from '@react-pdf/renderer';
import { colors } from '@vmvc/design';

interface RuledLinesProps {
  width: number;
  height: number;
  /** Distance between lines: about 6.5 mm, a comfortable hand. */
  spacing?: number;
}

export function RuledLines({ width, height, spacing = 18 }: RuledLinesProps) {
  const ys: number[] = [];
  for (let y = spacing; y <= height - 0.5; y += spacing) ys.push(y);
  return (
    // Lines for the student's pen: nothing to read out.
    <Svg tag="Artifact" width={width} height={height}>
      {ys.map((y) => (
        <Line key={y} x1={0} y1={y} x2={width} y2={y} stroke={colors.rule} strokeWidth={0.6} />
      ))}
    </Svg>
  );
}
