// A stack figure (the architecture: VM stack beside container stack) drawn as SVG from the geometry that
// @vmvc/design computes from the content's layer data (the handouts draw the same geometry on paper). The
// stacks' captions are for paper: on a slide they would repeat the bullets above the figure word for word.
import type { StackFigure } from '@vmvc/content';
import { colors, layoutArchitecture } from '@vmvc/design';
import { html, type SafeHtml } from './html.ts';

const round = (n: number) => Math.round(n * 100) / 100;

/** Room around the geometry so the strokes on its outer edges are not cut off. */
const bleed = 2;

export function ArchitectureFigure(figure: StackFigure): SafeHtml {
  const layout = layoutArchitecture(figure);
  const stacks = layout.stacks.map((stack) => {
    const boxes = stack.boxes.map((box) => {
      const guest = box.kind === 'guest';
      return html`<g class="figure-${box.kind}" data-box="${box.id}"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="4" fill="${box.fill}" stroke="${box.stroke}" stroke-width="${guest ? 1.5 : 1}"${guest ? html` stroke-dasharray="5 3"` : ''}/><text x="${round(box.labelX)}" y="${round(box.labelY)}" font-size="${box.fontSize}" text-anchor="middle" fill="${guest ? stack.color : colors.ink}"${guest ? html` font-weight="700"` : ''}>${box.label}</text></g>`;
    });
    return html`<g class="figure-stack" data-stack="${stack.id}"><text x="${round(stack.titleX)}" y="${round(stack.titleY)}" font-size="${stack.titleFontSize}" font-weight="700" text-anchor="middle" fill="${stack.color}">${stack.title}</text>${boxes}</g>`;
  });
  return html`<figure class="architecture" data-figure="${figure.id}">
<svg class="architecture-svg" viewBox="${-bleed} ${-bleed} ${layout.width + 2 * bleed} ${round(layout.height + 2 * bleed)}" role="img" aria-label="${layout.alt}"><title>${figure.title}</title>${stacks}</svg>
</figure>`;
}
