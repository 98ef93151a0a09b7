// One slide of the deck drawn as a small vector card from its content: title, bullets, and the figure or
// table it shows. Every line was broken by `planCard`, so the card's content fits it. Tagged as the slide
// reads: its section (P), its title (H1: each slide heads its part of the notes), the lead lines (P), the
// bullets (L), the table (Table, with header cells) or the figure (Figure with the content's alt text).
import { Text, View } from '@react-pdf/renderer';
import { colors } from '@vmvc/design';
import type { ComponentProps } from 'react';
import { LectureFigure } from '../components/LectureFigure.tsx';
import { QrCode } from '../components/QrCode.tsx';
import { textStyle } from '../text/text-style.ts';
import {
  bulletMarker,
  type CardPlan,
  cardPadding,
  cardType,
  cardTypeFloor,
  gridPadding,
  innerWidth,
  lineHeight,
  qrSize,
  slideUnits,
} from './plan-card.ts';

interface SlideCardProps {
  plan: CardPlan;
  /** Width of the card in points; the height is 9/16 of it. */
  width: number;
  /** Centre the content vertically, as the deck does on its title and closing slides. */
  centred?: boolean;
}

/**
 * A grid cell's tag: a header row's cells head their columns; in the other rows a bold first cell names
 * its row (the aspect, the product, the term, the reference's number); the rest are data.
 */
function cellTag(headerRow: boolean, namesRow: boolean): ComponentProps<typeof View>['tag'] {
  if (headerRow) return { role: 'TH', scope: 'Column' };
  return namesRow ? { role: 'TH', scope: 'Row' } : { role: 'TD' };
}

export function SlideCard({ plan, width, centred = false }: SlideCardProps) {
  const s = width / slideUnits.width;
  const u = (n: number) => n * s * plan.fit;
  const { content } = plan;
  const lines = (items: string[], size: number, bold = false, color: string = colors.ink, lh = lineHeight) =>
    items.map((line, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions in a paragraph
      <Text key={i} style={{ ...textStyle(size, lh, bold), color }}>
        {line}
      </Text>
    ));
  return (
    <View
      style={{
        width,
        height: slideUnits.height * s,
        paddingHorizontal: cardPadding.x * s,
        paddingTop: cardPadding.top * s,
        paddingBottom: cardPadding.bottom * s,
        borderWidth: 0.75,
        borderColor: colors.rule,
        borderTopWidth: 3 * s,
        borderTopColor: colors.ink,
        backgroundColor: colors.paper,
        justifyContent: centred ? 'center' : 'flex-start',
        overflow: 'hidden',
      }}
    >
      {content.overline ? (
        <View tag="P" style={{ marginBottom: u(4) }}>
          {lines([content.overline], u(cardType.overline), true, colors.muted)}
        </View>
      ) : null}
      <View tag="H1" style={{ marginBottom: u(6) }}>
        {lines(plan.titleLines, u(cardType.title * content.titleFactor), true, colors.ink, 1.2)}
      </View>
      {plan.leadLines.map((lead, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lead lines are positions
        <View key={i} tag="P" style={{ marginBottom: u(4) }}>
          {lines(lead, u(cardType.lead), i === 1, i === 0 ? colors.muted : colors.ink)}
        </View>
      ))}
      {plan.bulletLines.length > 0 ? (
        <View tag="L">
          {plan.bulletLines.map((bullet, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: bullets are positions on the slide
            <View key={i} tag="LI" style={{ flexDirection: 'row', marginBottom: u(3) }}>
              <Text
                tag="Lbl"
                style={{
                  ...textStyle(u(cardType.bullet), lineHeight),
                  width: u(plan.bulletIndent),
                  color: colors.muted,
                }}
              >
                {bulletMarker(content, i)}
              </Text>
              <View tag="LBody" style={{ flex: 1 }}>
                {lines(bullet, u(cardType.bullet))}
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {plan.grid ? (
        <View tag="Table" style={{ marginTop: content.bullets.length > 0 ? u(4) : 0 }}>
          {plan.grid.map((row) => (
            <View
              key={row.key}
              tag="TR"
              style={{
                flexDirection: 'row',
                backgroundColor: row.header ? colors.shade : colors.paper,
                borderBottomWidth: Math.min(0.5, s),
                borderBottomColor: row.header ? colors.ink : colors.rule,
              }}
            >
              {row.cells.map((cell, c) => (
                <View
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are columns
                  key={c}
                  tag={cellTag(row.header === true, c === 0 && cell.bold === true)}
                  style={{
                    width: cell.share * innerWidth * s,
                    paddingHorizontal: u(gridPadding.x),
                    paddingVertical: u(gridPadding.y),
                  }}
                >
                  {cell.qr ? (
                    <QrCode text={cell.qr} size={qrSize(cell, plan.fit) * s} />
                  ) : (
                    lines(row.lines[c] ?? [], u(cardType.grid), cell.bold, cell.color)
                  )}
                </View>
              ))}
            </View>
          ))}
        </View>
      ) : null}
      {content.figure && plan.figureSize ? (
        <View style={{ marginTop: u(4), alignItems: 'center' }}>
          <LectureFigure
            figure={content.figure}
            width={plan.figureSize.width * s}
            captions={false}
            minLabelSize={cardTypeFloor}
          />
        </View>
      ) : null}
    </View>
  );
}
