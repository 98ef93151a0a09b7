import { getFigure, lecture, type StackFigure } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { type FigureBox, layoutArchitecture } from './architecture-layout.ts';
import { textMeasure } from './text-measure.ts';

const measure = textMeasure();

const found = getFigure('architecture');
if (found?.kind !== 'stacks') throw new Error('expected the architecture figure, drawn as stacks');
const figure: StackFigure = found;
const layout = layoutArchitecture(figure);
const inside = (a: FigureBox, b: FigureBox) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
const overlap = (a: FigureBox, b: FigureBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutArchitecture', () => {
  it('draws every layer of the data, once, labelled as the data says', () => {
    const expected = figure.stacks.flatMap((s) => [
      ...s.host.map((l) => l.label),
      ...s.guests.flatMap((g) => g.layers.map((l) => l.label)),
    ]);
    const drawn = layout.stacks.flatMap((s) => s.boxes.filter((b) => b.kind === 'layer').map((b) => b.label));
    expect(drawn.sort()).toEqual(expected.sort());
    expect(layout.stacks.map((s) => s.title)).toEqual(['Virtual machines', 'Containers']);
  });

  it('keeps every box inside the figure and no two layers on top of each other', () => {
    const layers = layout.stacks.flatMap((s) => s.boxes.filter((b) => b.kind === 'layer'));
    for (const box of layout.stacks.flatMap((s) => s.boxes)) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width + 1e-9);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height + 1e-9);
    }
    for (const [i, a] of layers.entries()) {
      for (const b of layers.slice(i + 1)) expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
    }
  });

  it('stands both stacks on one baseline, hardware at the bottom', () => {
    const hardware = layout.stacks.map((s) => s.boxes.find((b) => b.role === 'hardware')!);
    expect(hardware.map((b) => b.y + b.height)).toEqual([layout.height, layout.height]);
  });

  it("puts each guest's layers inside its frame: a kernel in every VM, none in a container", () => {
    for (const stack of layout.stacks) {
      const frames = stack.boxes.filter((b) => b.kind === 'guest');
      expect(frames).toHaveLength(3);
      for (const frame of frames) {
        const own = stack.boxes.filter((b) => b.kind === 'layer' && b.id.startsWith(`${frame.id}/`));
        expect(own.length).toBeGreaterThan(0);
        for (const layer of own) expect(inside(layer, frame), layer.id).toBe(true);
        expect(own.some((b) => b.role === 'kernel')).toBe(stack.id === 'vm');
      }
    }
  });

  it('fits every label of every stack figure of the lecture inside its box, in one line', () => {
    const stackFigures = lecture.figures.filter((f): f is StackFigure => f.kind === 'stacks');
    expect(stackFigures.length).toBeGreaterThan(1);
    for (const f of stackFigures) {
      for (const box of layoutArchitecture(f).stacks.flatMap((s) => s.boxes)) {
        // Guest labels are bold (700).
        const width = measure(box.label, box.fontSize, box.kind === 'guest' ? 'bold' : 'regular');
        expect(width, `${f.id}: ${box.label}`).toBeLessThanOrEqual(box.width - 8);
      }
    }
  });
});
