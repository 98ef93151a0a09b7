// The architecture figure, VM stack beside container stack, drawn as SVG from the geometry that
// @vmvc/design computes from the content's layer data (the handouts draw the same geometry on paper).
import type { Figure } from '@vmvc/content';
import { colors, layoutArchitecture } from '@vmvc/design';
import { html, type SafeHtml } from './html.ts';

const round = (n: number) => Math.round(n * 100) / 100;

export function ArchitectureFigure(figure: Figure): SafeHtml {
  const layout = layoutArchitecture(figure);
  const stacks = layout.stacks.map((stack) => {
    const boxes = stack.boxes.map((box) => {
      const guest = box.kind === 'guest';
      return html`<g class="figure-${box.kind}" data-box="${box.id}"><rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="4" fill="${box.fill}" stroke="${box.stroke}" stroke-width="${guest ? 1.5 : 1}"${guest ? html` stroke-dasharray="5 3"` : ''}/><text x="${round(box.labelX)}" y="${round(box.labelY)}" font-size="${box.fontSize}" text-anchor="middle" fill="${guest ? stack.color : colors.ink}"${guest ? html` font-weight="700"` : ''}>${box.label}</text></g>`;
    });
    return html`<g class="figure-stack" data-stack="${stack.id}"><text x="${round(stack.titleX)}" y="${round(stack.titleY)}" font-size="${stack.titleFontSize}" font-weight="700" text-anchor="middle" fill="${stack.color}">${stack.title}</text>${boxes}</g>`;
  });
  const captions = figure.stacks.map(
    (stack) => html`<p class="side-${stack.side}"><strong>${stack.title}.</strong> ${stack.caption}</p>`,
  );
  return html`<figure class="architecture" data-figure="${figure.id}">
<svg class="architecture-svg" viewBox="0 0 ${layout.width} ${round(layout.height)}" role="img" aria-label="${layout.alt}"><title>${figure.title}</title>${stacks}</svg>
<figcaption>${captions}</figcaption>
</figure>`;
}
