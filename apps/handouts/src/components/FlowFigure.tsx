// A flow figure (steps joined by arrows, in rows) drawn as vectors with the geometry the deck uses
// (@vmvc/design), scaled to a width: the same boxes, words and arrows as on the slide.
import { Line, Polygon, Rect, Svg } from '@react-pdf/renderer';
import type { FlowFigure as FlowFigureSpec } from '@vmvc/content';
import { colors, layoutFlow } from '@vmvc/design';
import { SvgLabel } from './SvgLabel.tsx';

interface FlowFigureProps {
  figure: FlowFigureSpec;
  /** Width in points; the height follows from the geometry. */
  width: number;
}

/** Room around the geometry, in its units, so the strokes on its outer edges are not cut off. */
const bleed = 2;

export function FlowFigure({ figure, width }: FlowFigureProps) {
  const layout = layoutFlow(figure);
  const scale = width / (layout.width + 2 * bleed);
  return (
    <Svg
      tag={{ role: 'Figure', alt: figure.alt }}
      width={width}
      height={(layout.height + 2 * bleed) * scale}
      viewBox={`${-bleed} ${-bleed} ${layout.width + 2 * bleed} ${layout.height + 2 * bleed}`}
    >
      {layout.lanes.flatMap((lane) => [
        // Each arrow is named after the step it leads to.
        ...lane.arrows
          .map((arrow, i) => ({ arrow, to: lane.steps[i + 1]?.key ?? lane.id }))
          .flatMap(({ arrow, to }) => [
            <Line
              key={`${to}/arrow`}
              x1={arrow.x1}
              y1={arrow.y1}
              x2={arrow.x2}
              y2={arrow.y2}
              stroke={colors.muted}
              strokeWidth={3}
            />,
            <Polygon
              key={`${to}/head`}
              points={arrow.head.map(([x, y]) => `${x},${y}`).join(' ')}
              fill={colors.muted}
            />,
          ]),
        ...lane.steps.flatMap((box) => [
          <Rect
            key={`${box.key}/box`}
            x={box.x}
            y={box.y}
            width={box.width}
            height={box.height}
            rx={10}
            fill={box.fill}
            stroke={box.stroke}
            strokeWidth={2}
          />,
          ...box.lines.map((line) => (
            <SvgLabel
              key={`${box.key}/${line.y}`}
              x={line.x}
              y={line.y}
              fontSize={line.size}
              fill={line.color}
              bold={line.bold}
            >
              {line.text}
            </SvgLabel>
          )),
        ]),
      ])}
    </Svg>
  );
}
