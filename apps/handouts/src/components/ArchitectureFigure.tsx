// The architecture figure drawn as vectors with the geometry the deck uses (@vmvc/design), scaled to a width.
import { Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { StackFigure } from '@vmvc/content';
import { colors, layoutArchitecture } from '@vmvc/design';
import { textStyle } from '../text/text-style.ts';
import { SvgLabel } from './SvgLabel.tsx';

interface ArchitectureFigureProps {
  figure: StackFigure;
  /** Width in points; the height follows from the geometry. */
  width: number;
  /** Print each stack's caption under it and the figure's title. */
  captions?: boolean;
  /** Type size of the captions. */
  captionSize?: number;
  /**
   * The smallest type, in points, its labels may have on this page (print's 8 pt floor): a label the
   * geometry would set smaller is set at this size. The layer labels keep room in their boxes for it
   * (design's test leaves 8 units and 6 % beside the widest); a notes card, drawn smaller, sets its 7 pt.
   */
  minLabelSize?: number;
}

/** Room around the geometry, in its units, so the strokes on its outer edges are not cut off. */
const bleed = 2;

export function ArchitectureFigure({
  figure,
  width,
  captions = true,
  captionSize = 8,
  minLabelSize = 0,
}: ArchitectureFigureProps) {
  const layout = layoutArchitecture(figure);
  const scale = width / (layout.width + 2 * bleed);
  const size = (units: number) => Math.max(units, minLabelSize / scale);
  return (
    <View>
      {/* A Figure with the content's alt text; its labels are drawn inside it. */}
      <Svg
        tag={{ role: 'Figure', alt: figure.alt }}
        width={width}
        height={(layout.height + 2 * bleed) * scale}
        viewBox={`${-bleed} ${-bleed} ${layout.width + 2 * bleed} ${layout.height + 2 * bleed}`}
      >
        {layout.stacks.flatMap((stack) => [
          <SvgLabel
            key={`${stack.id}/title`}
            x={stack.titleX}
            y={stack.titleY}
            fontSize={size(stack.titleFontSize)}
            fill={stack.color}
            bold
          >
            {stack.title}
          </SvgLabel>,
          ...stack.boxes.flatMap((box) => [
            <Rect
              key={`${box.id}/box`}
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              fill={box.fill}
              stroke={box.stroke}
              strokeWidth={box.kind === 'guest' ? 1.5 : 1}
              {...(box.kind === 'guest' ? { strokeDasharray: '6 4' } : {})}
            />,
            <SvgLabel
              key={`${box.id}/label`}
              x={box.labelX}
              y={box.labelY}
              fontSize={size(box.fontSize)}
              fill={box.kind === 'guest' ? box.stroke : colors.ink}
              bold={box.kind === 'guest'}
            >
              {box.label}
            </SvgLabel>,
          ]),
        ])}
      </Svg>
      {captions ? (
        <View style={{ flexDirection: 'row', marginTop: 4 }}>
          {layout.stacks.map((stack, i) => {
            const previous = layout.stacks[i - 1];
            const gap = previous ? stack.x - (previous.x + previous.width) : stack.x + bleed;
            const caption = figure.stacks.find((s) => s.id === stack.id)?.caption ?? '';
            return (
              <Text
                key={stack.id}
                tag="P"
                style={{
                  ...textStyle(captionSize, 1.4),
                  width: stack.width * scale,
                  marginLeft: gap * scale,
                  color: colors.muted,
                  textAlign: 'center',
                }}
              >
                {caption}
              </Text>
            );
          })}
        </View>
      ) : null}
    </View>
  );
}
