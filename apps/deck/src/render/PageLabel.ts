// "1 / 3" beside the title of a glossary or reference page that runs over several slides.
import type { Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function PageLabel(slide: Slide): SafeHtml {
  if (!slide.page || slide.page.count < 2) return html``;
  return html`<p class="page-label">${slide.page.index} / ${slide.page.count}</p>`;
}
