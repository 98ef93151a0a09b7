// The geometry of a flow figure (steps joined by arrows, in rows), computed once from the content's data so
// that the deck (SVG), the handouts (react-pdf) and the PowerPoint draw the same boxes, lines and arrows.
// Units are the deck's slide pixels at the figure's full width; y grows downwards.
import type { FlowFigure, Side } from '@vmvc/content';
import { wrapLines } from './line-breaks.ts';
import { textMeasure } from './text-measure.ts';
import { colors, sideColors, sideTints } from './tokens.ts';

/** One line of a figure's text, placed by the centre of its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  color: string;
}

const measure = textMeasure();

export interface FlowStepBox {
  id: string;
  /** `lane/step`, unique in the figure. */
  key: string;
  side: Side | null;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  /** The label's lines (bold, in the side's colour) then the detail's, each placed by its baseline centre. */
  lines: TextLine[];
}

export interface FlowArrow {
  /** The shaft, from the right edge of one box towards the next. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** The head: a filled triangle whose tip touches the next box. */
  head: readonly [number, number][];
}

export interface FlowLaneLayout {
  id: string;
  steps: FlowStepBox[];
  arrows: FlowArrow[];
}

export interface FlowLayout {
  width: number;
  height: number;
  lanes: FlowLaneLayout[];
  /** A sentence a screen reader or a text-only export can use instead of the picture. */
  alt: string;
}

export const flowMetrics = {
  width: 1160,
  /** Room between two boxes in a row, where the arrow goes. */
  arrowGap: 52,
  arrowHead: 14,
  laneGap: 26,
  padding: 16,
  labelSize: 24,
  detailSize: 20,
  lineHeight: 1.3,
  /** Between the label's last line and the detail's first. */
  detailGap: 6,
} as const;

/**
 * Lays out every lane as a row of boxes in shared columns (a short lane leaves its right end empty), all boxes
 * as tall as the tallest, the text wrapped to the box and centred in it.
 */
export function layoutFlow(figure: FlowFigure, metrics: Partial<typeof flowMetrics> = {}): FlowLayout {
  const m = { ...flowMetrics, ...metrics };
  const columns = Math.max(...figure.lanes.map((lane) => lane.steps.length));
  const boxWidth = (m.width - m.arrowGap * (columns - 1)) / columns;
  const textWidth = boxWidth - 2 * m.padding;

  const wrapped = figure.lanes.map((lane) =>
    lane.steps.map((step) => ({
      step,
      label: wrapLines(step.label, textWidth, (t) => measure(t, m.labelSize, 'bold')),
      detail: step.detail ? wrapLines(step.detail, textWidth, (t) => measure(t, m.detailSize)) : [],
    })),
  );
  const blockHeight = (label: string[], detail: string[]) =>
    label.length * m.labelSize * m.lineHeight +
    (detail.length ? m.detailGap + detail.length * m.detailSize * m.lineHeight : 0);
  const boxHeight =
    2 * m.padding + Math.max(...wrapped.flat().map(({ label, detail }) => blockHeight(label, detail)));

  const lanes = figure.lanes.map((lane, l): FlowLaneLayout => {
    const y = l * (boxHeight + m.laneGap);
    const steps = (wrapped[l] ?? []).map(({ step, label, detail }, s): FlowStepBox => {
      const x = s * (boxWidth + m.arrowGap);
      const centre = x + boxWidth / 2;
      // Each line's box is lineHeight tall; its baseline sits about 0.35 em below the box's middle.
      let top = y + (boxHeight - blockHeight(label, detail)) / 2;
      const lines: TextLine[] = [];
      const place = (text: string, size: number, bold: boolean, color: string) => {
        const lineBox = size * m.lineHeight;
        lines.push({ text, x: centre, y: top + lineBox / 2 + size * 0.35, size, bold, color });
        top += lineBox;
      };
      const side = step.side ?? null;
      for (const line of label) place(line, m.labelSize, true, side ? sideColors[side] : colors.ink);
      if (detail.length) top += m.detailGap;
      for (const line of detail) place(line, m.detailSize, false, colors.ink);
      return {
        id: step.id,
        key: `${lane.id}/${step.id}`,
        side,
        x,
        y,
        width: boxWidth,
        height: boxHeight,
        fill: side ? sideTints[side] : colors.shade,
        stroke: side ? sideColors[side] : colors.muted,
        lines,
      };
    });
    const arrows = steps.slice(0, -1).map((from, i): FlowArrow => {
      const next = steps[i + 1] ?? from;
      const mid = y + boxHeight / 2;
      const x1 = from.x + from.width + 6;
      const tip = next.x - 4;
      const base = tip - m.arrowHead;
      const half = m.arrowHead * 0.55;
      return {
        x1,
        y1: mid,
        x2: base,
        y2: mid,
        head: [
          [tip, mid],
          [base, mid - half],
          [base, mid + half],
        ],
      };
    });
    return { id: lane.id, steps, arrows };
  });

  const height = figure.lanes.length * boxHeight + (figure.lanes.length - 1) * m.laneGap;
  return { width: m.width, height, lanes, alt: figure.alt };
}
