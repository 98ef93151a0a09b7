// What the open page needs after a save: only the slides whose markup changed (and the fonts' style when the
// save brought a character the inlined subset lacked), or a reload when the page's structure changed (a slide
// added, removed or moved; the title or the description). Comparing markup, not data, catches everything a
// slide shows, whatever part of the lecture it came from (a term's definition, a reference's title).
import type { DeckPage } from '../build/deck-page.ts';

/** One slide's `<section>`, as the dev server sends it to the page. */
export interface DeckSlide {
  id: string;
  html: string;
}

export type SlidePatch =
  | { kind: 'same' }
  | { kind: 'reload'; why: string }
  | {
      kind: 'patch';
      /** The changed slides, in deck order. */
      slides: DeckSlide[];
      /** The deck's `<style>` (tokens and fonts) when it changed, else absent. */
      style?: string;
      /** The `<meta name="vmvc-content-stamp">` of the saved lecture when its stamp changed, else absent. */
      stampMeta?: string;
    };

// Every slide is one top-level `<section id="…">` ending in a line of its own (render/Slide.ts); text inside it
// is escaped, so the markup holds no other `<section` or `</section>`.
const sectionPattern = /<section id="([^"]*)"[\s\S]*?\n<\/section>/g;
const stylePattern = /<style>([\s\S]*?)<\/style>/;
const stampPattern = /<meta name="vmvc-content-stamp" content="[^"]*">/;

/** The slides of a deck page's `.reveal` markup, in order. */
export function deckSlides(markup: string): DeckSlide[] {
  return [...markup.matchAll(sectionPattern)].map((match) => ({ id: match[1] ?? '', html: match[0] }));
}

/** The `<head>` markup without what a patch can change (the style, the stamp), and those two. */
function splitHead(head: string): { rest: string; style: string; stamp: string } {
  return {
    rest: head.replace(stylePattern, '').replace(stampPattern, ''),
    style: head.match(stylePattern)?.[1] ?? '',
    stamp: head.match(stampPattern)?.[0] ?? '',
  };
}

/** What changed from the page the browser shows (`shown`) to the page of the lecture as saved (`saved`). */
export function slidePatch(shown: DeckPage, saved: DeckPage): SlidePatch {
  if (shown.lang !== saved.lang) return { kind: 'reload', why: 'the language changed' };
  const before = splitHead(shown.head);
  const after = splitHead(saved.head);
  if (before.rest !== after.rest) return { kind: 'reload', why: 'the title or the description changed' };
  const old = deckSlides(shown.slides);
  const now = deckSlides(saved.slides);
  const order = (slides: DeckSlide[]) => slides.map((slide) => slide.id).join('\n');
  if (order(old) !== order(now)) return { kind: 'reload', why: 'a slide was added, removed or moved' };
  const slides = now.filter((slide, index) => slide.html !== old[index]?.html);
  if (slides.length === 0 && before.style === after.style && before.stamp === after.stamp)
    return { kind: 'same' };
  return {
    kind: 'patch',
    slides,
    ...(before.style === after.style ? {} : { style: after.style }),
    ...(before.stamp === after.stamp ? {} : { stampMeta: after.stamp }),
  };
}
