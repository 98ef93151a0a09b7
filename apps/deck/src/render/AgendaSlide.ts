// The slide after the title: the lecture's sections, numbered in the order they are taught, so the room
// knows the road before it starts. The section marker on every later slide shows where on it the talk is.
import type { Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';
import { SlideHeader } from './SlideHeader.ts';

export function AgendaSlide(slide: Slide): SafeHtml {
  // The sections stand in two balanced columns (deck.css), read down the first one, then the second.
  return html`${SlideHeader(slide)}
<div class="slide-body">
<ol class="agenda">${slide.bullets.map(
    (title, i) => html`<li><span class="agenda-number" aria-hidden="true">${i + 1}</span>${title}</li>`,
  )}</ol>
</div>`;
}
