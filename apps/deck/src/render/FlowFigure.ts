// A flow figure (steps joined by arrows, in rows) drawn as SVG from the geometry @vmvc/design computes from the
// content's data; the handouts and the PowerPoint draw the same boxes. A one-row flow is a story: the slide
// shows its first step and reveals the others one by one, each with the arrow that leads to it.
import type { FlowFigure as FlowFigureSpec } from '@vmvc/content';
import { colors, type FlowStepBox, layoutFlow } from '@vmvc/design';
import { html, type SafeHtml } from './html.ts';

const round = (n: number) => Math.round(n * 100) / 100;

/** Room around the geometry so the strokes on its outer edges are not cut off. */
const bleed = 2;

function stepBox(box: FlowStepBox): SafeHtml {
  const lines = box.lines.map(
    (line) =>
      html`<text x="${round(line.x)}" y="${round(line.y)}" font-size="${line.size}"${line.bold ? html` font-weight="700"` : ''} text-anchor="middle" fill="${line.color}">${line.text}</text>`,
  );
  // A line break between the lines: not drawn, but the figure's text reads as words to a copy or a search.
  const separated = lines.flatMap((line, i) => (i > 0 ? [html`\n`, line] : [line]));
  return html`<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="10" fill="${box.fill}" stroke="${box.stroke}" stroke-width="2"/>${separated}\n`;
}

export function FlowFigure(figure: FlowFigureSpec): SafeHtml {
  const layout = layoutFlow(figure);
  const story = layout.lanes.length === 1;
  const lanes = layout.lanes.map((lane) => {
    const steps = lane.steps.map((box, s) => {
      const arrow = s > 0 ? lane.arrows[s - 1] : undefined;
      const drawnArrow = arrow
        ? html`<line x1="${round(arrow.x1)}" y1="${round(arrow.y1)}" x2="${round(arrow.x2)}" y2="${round(arrow.y2)}" stroke="${colors.muted}" stroke-width="3"/><polygon points="${arrow.head.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')}" fill="${colors.muted}"/>`
        : '';
      const fragment =
        story && s > 0
          ? html` class="flow-step fragment" data-fragment-index="${s - 1}"`
          : html` class="flow-step"`;
      return html`<g${fragment} data-step="${box.key}">${drawnArrow}${stepBox(box)}</g>`;
    });
    return html`<g class="flow-lane" data-lane="${lane.id}">${steps}</g>`;
  });
  return html`<figure class="flow" data-figure="${figure.id}">
<svg class="flow-svg" viewBox="${-bleed} ${-bleed} ${layout.width + 2 * bleed} ${round(layout.height + 2 * bleed)}" role="img" aria-label="${layout.alt}"><title>${figure.title}</title>${lanes}</svg>
</figure>`;
}
