import { getFigure, type StackFigure } from '@vmvc/content';
import { colors, contrastRatio, layoutArchitecture } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { ArchitectureFigure } from './ArchitectureFigure.ts';

const found = getFigure('architecture');
if (found?.kind !== 'stacks') throw new Error('expected the architecture figure, drawn as stacks');
const figure: StackFigure = found;
const svg = ArchitectureFigure(figure).value;

describe('ArchitectureFigure', () => {
  it('is an image whose text alternative is the content’s alt text', () => {
    expect(svg).toContain(`role="img" aria-label="${figure.alt}"`);
    expect(svg).toContain(`<title>${figure.title}</title>`);
  });

  it('draws every box of the shared layout, where the layout puts it, with its label', () => {
    const layout = layoutArchitecture(figure);
    for (const stack of layout.stacks) {
      expect(svg).toContain(`>${stack.title}</text>`);
      for (const box of stack.boxes) {
        const drawn = new RegExp(
          `data-box="${box.id}"><rect x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"[^>]*fill="${box.fill}"`,
        ).exec(svg);
        expect(drawn, box.id).not.toBeNull();
        expect(drawn!.slice(1).map(Number)).toEqual(
          [box.x, box.y, box.width, box.height].map((n) => Math.round(n * 100) / 100),
        );
        expect(svg).toContain(`>${box.label}</text>`);
      }
    }
  });

  it('draws every label in a colour that meets WCAG AA on what is behind it', () => {
    // axe cannot measure SVG text, so the figure's colour pairs are checked here, as drawn.
    const pairs = [
      ...svg.matchAll(/<rect [^>]*fill="(#[0-9a-f]{6})"[^>]*\/><text [^>]*fill="(#[0-9a-f]{6})"/g),
    ];
    expect(pairs.length).toBe(layoutArchitecture(figure).stacks.flatMap((s) => s.boxes).length);
    for (const [, background, text] of pairs) {
      expect(contrastRatio(text!, background!), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
    const titles = [...svg.matchAll(/<g class="figure-stack"[^>]*><text [^>]*fill="(#[0-9a-f]{6})"/g)];
    expect(titles).toHaveLength(figure.stacks.length);
    for (const [, color] of titles) expect(contrastRatio(color!, colors.paper)).toBeGreaterThanOrEqual(4.5);
  });

  it('leaves the stacks’ captions to paper: the slide’s bullets say them', () => {
    for (const stack of figure.stacks) expect(svg).not.toContain(stack.caption);
  });
});
