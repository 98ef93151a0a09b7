import { type FlowFigure, lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { type FlowStepBox, flowMetrics, layoutFlow } from './flow-layout.ts';
import { textMeasure } from './text-measure.ts';

const measure = textMeasure();
const textWidth = (text: string, size: number, bold: boolean) =>
  measure(text, size, bold ? 'bold' : 'regular');

const flows = lecture.figures.filter((f): f is FlowFigure => f.kind === 'flow');
const overlap = (a: FlowStepBox, b: FlowStepBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutFlow', () => {
  it('lays out the lecture’s flow figures', () => {
    expect(flows.map((f) => f.id)).toEqual(
      expect.arrayContaining(['isolation-history', 'industry-adoption', 'looking-forward', 'choosing']),
    );
  });

  for (const figure of flows) {
    describe(figure.id, () => {
      const layout = layoutFlow(figure);
      const boxes = layout.lanes.flatMap((lane) => lane.steps);

      it('draws every step once, its label and detail word for word, in lane order', () => {
        expect(layout.lanes.map((l) => l.steps.map((s) => s.id))).toEqual(
          figure.lanes.map((l) => l.steps.map((s) => s.id)),
        );
        figure.lanes.forEach((lane, l) => {
          lane.steps.forEach((step, s) => {
            const lines = layout.lanes[l]?.steps[s]?.lines ?? [];
            const text = (bold: boolean) =>
              lines
                .filter((line) => line.bold === bold)
                .map((line) => line.text)
                .join(' ');
            expect(text(true)).toBe(step.label);
            expect(text(false)).toBe(step.detail ?? '');
          });
        });
      });

      it('keeps every line inside its box, no box over another, and the whole inside the figure', () => {
        for (const box of boxes) {
          for (const line of box.lines) {
            const half = textWidth(line.text, line.size, line.bold) / 2;
            expect(line.x - half, `${box.key}: ${line.text}`).toBeGreaterThanOrEqual(box.x + 4);
            expect(line.x + half, `${box.key}: ${line.text}`).toBeLessThanOrEqual(box.x + box.width - 4);
            expect(line.y - line.size, `${box.key}: ${line.text}`).toBeGreaterThanOrEqual(box.y);
            expect(line.y + line.size * 0.3, `${box.key}: ${line.text}`).toBeLessThanOrEqual(
              box.y + box.height,
            );
          }
          expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 0.01);
          expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 0.01);
        }
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      });

      it('joins each step to the next by an arrow that runs between them and points at the next', () => {
        for (const lane of layout.lanes) {
          expect(lane.arrows).toHaveLength(lane.steps.length - 1);
          lane.arrows.forEach((arrow, i) => {
            const [from, to] = [lane.steps[i], lane.steps[i + 1]];
            expect(arrow.x1).toBeGreaterThanOrEqual((from?.x ?? 0) + (from?.width ?? 0));
            expect(arrow.head[0]?.[0] ?? Number.NaN).toBeLessThanOrEqual(to?.x ?? 0);
            expect(arrow.head[0]?.[0] ?? Number.NaN).toBeGreaterThan(arrow.x2);
          });
        }
      });

      it('sets no text smaller than the detail size', () => {
        for (const line of boxes.flatMap((b) => b.lines))
          expect(line.size).toBeGreaterThanOrEqual(flowMetrics.detailSize);
      });
    });
  }

  it('cuts a word too long for its box between characters instead of letting it run out', () => {
    const long: FlowFigure = {
      id: 'long',
      kind: 'flow',
      title: 'A long word',
      alt: 'A long word.',
      lanes: [
        {
          id: 'l',
          steps: [
            { id: 'a', label: 'x'.repeat(400) },
            { id: 'b', label: 'short' },
          ],
        },
      ],
    };
    const [box] = layoutFlow(long).lanes[0]?.steps ?? [];
    expect(box?.lines.length).toBeGreaterThan(3);
    expect(box?.lines.map((l) => l.text).join('')).toBe('x'.repeat(400));
    for (const line of box?.lines ?? [])
      expect(textWidth(line.text, line.size, true)).toBeLessThan(box?.width ?? 0);
  });
});
