// Where the lecture teaches something: the slide (and so the section) a flashcard's tags and source point to.
import type { Slide } from '@vmvc/content';

/** The slide that teaches a term: the first content slide that defines it, or else the glossary page listing it. */
export function slideDefiningTerm(slides: readonly Slide[], termId: string): Slide | undefined {
  return slides.find((slide) => slide.terms.some((term) => term.id === termId));
}

/** The first slide that shows the comparison table, if any. */
export function slideShowingComparison(slides: readonly Slide[]): Slide | undefined {
  return slides.find((slide) => slide.exhibit?.type === 'comparison');
}

/** A tag-safe slug of a title: lowercase letters and digits of any script, joined by hyphens. */
export function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || fallback;
}
