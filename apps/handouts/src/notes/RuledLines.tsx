// Ruled lines for the student's own notes beside (and under) a slide card.
import { Line, Svg } from '@react-pdf/renderer';
import { colors } from '@vmvc/design';

interface RuledLinesProps {
  width: number;
  height: number;
  /** Lines above this y start at `indent` (beside the card); below it they run the full width. */
  besideUntil: number;
  indent: number;
  /** Distance between lines: about 6.5 mm, a comfortable hand. */
  spacing?: number;
}

export function RuledLines({ width, height, besideUntil, indent, spacing = 18 }: RuledLinesProps) {
  const ys: number[] = [];
  for (let y = spacing; y <= height - 0.5; y += spacing) ys.push(y);
  return (
    // Lines for the student's pen: nothing to read out.
    <Svg tag="Artifact" width={width} height={height} style={{ position: 'absolute', top: 0, left: 0 }}>
      {ys.map((y) => (
        <Line
          key={y}
          x1={y <= besideUntil + 2 ? indent : 0}
          y1={y}
          x2={width}
          y2={y}
          stroke={colors.rule}
          strokeWidth={0.6}
        />
      ))}
    </Svg>
  );
}
