// Where the lecture teaches something: the section a quiz's feedback and a flashcard's tags point to.
import type { Exhibit, Lecture, Section, Side } from '../schema/index.ts';

/** The first section with a slide that defines the term, if any. */
export function sectionDefiningTerm(lecture: Lecture, termId: string): Section | undefined {
  return lecture.sections.find((s) => s.slides.some((slide) => slide.terms?.includes(termId)));
}

/** The first section with a slide whose exhibit passes the test, if any. */
function sectionShowing(lecture: Lecture, test: (exhibit: Exhibit) => boolean): Section | undefined {
  return lecture.sections.find((s) => s.slides.some((slide) => slide.exhibit && test(slide.exhibit)));
}

/** The section with the comparison table, if any. */
export function comparisonSection(lecture: Lecture): Section | undefined {
  return sectionShowing(lecture, (e) => e.type === 'comparison');
}

/** The section that shows the products of one side, if any. */
export function productsSection(lecture: Lecture, kind: Side): Section | undefined {
  return sectionShowing(lecture, (e) => e.type === 'products' && e.kind === kind);
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
