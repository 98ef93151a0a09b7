// "Sources [1], [3]" at the top right of a content slide: its references by their number in the reference list,
// in the form @vmvc/content words for every medium.
import { citationList, type Lecture, type Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function SourceLine(slide: Slide, lecture: Lecture): SafeHtml {
  if (slide.references.length === 0) return html``;
  return html`<p class="slide-sources">Sources ${citationList(slide.references, lecture)}</p>`;
}
