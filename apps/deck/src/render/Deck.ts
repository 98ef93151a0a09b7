// The whole deck's markup: every slide of `slideSequence(lecture)`, in order, one <section> each.
import { type Lecture, slideSequence } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';
import { Slide } from './Slide.ts';

export interface RenderedDeck {
  /** The `.reveal` element with its slides. */
  markup: SafeHtml;
  /** How many slides the deck has: the length of the slide sequence. */
  slideCount: number;
}

export function Deck(lecture: Lecture): RenderedDeck {
  const slides = slideSequence(lecture);
  const sections = slides.map((slide) => Slide(slide, lecture));
  return {
    markup: html`<div class="reveal"><div class="slides">
${sections}</div></div>`,
    slideCount: slides.length,
  };
}
