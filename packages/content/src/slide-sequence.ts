// The lecture as the ordered slides it is presented with. The deck, the students' notes handout and the
// exports all walk this one sequence, so a section added to the data appears everywhere at once.
import type { Exhibit, Figure, Lecture, Product, Reference, Term } from './types.ts';

export type SlideKind = 'title' | 'agenda' | 'content' | 'glossary' | 'references' | 'closing';

export interface Slide {
  /** Stable id, used for deep links: a section slide's own id, or title, agenda, glossary, glossary-2, ..., closing. */
  id: string;
  /** Position in the deck, 1-based. */
  number: number;
  kind: SlideKind;
  /**
   * The data path of what the slide shows, for error messages: `sections[2].slides[0]` for a section
   * slide, `meta` for the title slide, `sections` for the agenda, `terms` for glossary pages, `references` for reference pages,
   * `frame.closing` for the closing slide.
   */
  path: string;
  /** The data path of the speaker notes: `sections[2].slides[0].notes`, `frame.opening.notes`, ... */
  notesPath: string;
  /** The section a content slide belongs to; null for the slides around the sections. */
  section: { id: string; title: string } | null;
  title: string;
  /** The lecture's subtitle on the title slide; null elsewhere. */
  subtitle: string | null;
  bullets: string[];
  /** What the slide shows besides its bullets (figure, table, products, ...); null for none. */
  exhibit: Exhibit | null;
  /** The figure a figure exhibit shows, resolved; null for any other slide. */
  figure: Figure | null;
  /** The products a products exhibit shows, in lecture order. */
  products: Product[];
  /** Terms the slide defines: a content slide's terms, or one glossary page. */
  terms: Term[];
  /** A content slide's sources, or one page of the reference list. */
  references: Reference[];
  /** Which page of a paginated glossary or reference list this is: 1 of 3, ... */
  page: { index: number; count: number } | null;
  notes: string;
}

export interface SlideSequenceOptions {
  /** Glossary entries on one slide. */
  termsPerSlide?: number;
  /** References on one slide (each shows a QR code, so few fit). */
  referencesPerSlide?: number;
}

/**
 * The items on as few pages of at most `size` as they need, spread evenly (earlier pages take the odd ones):
 * seven references at three a page are 3, 2, 2, never 3, 3 and one alone.
 */
function pages<T>(items: readonly T[], size: number): T[][] {
  const count = Math.ceil(items.length / size);
  const out: T[][] = [];
  let start = 0;
  for (let page = 0; page < count; page += 1) {
    const length = Math.ceil((items.length - start) / (count - page));
    out.push(items.slice(start, start + length));
    start += length;
  }
  return out;
}

type Draft = Omit<Slide, 'number'>;

const blank = {
  section: null,
  subtitle: null,
  bullets: [],
  exhibit: null,
  figure: null,
  products: [],
  terms: [],
  references: [],
  page: null,
};

/**
 * Turns the lecture into its slides: title, agenda (the sections' titles as its bullets, so a renderer that
 * knows only bullet slides still shows it), each section's slides, glossary, references, closing.
 */
export function slideSequence(lecture: Lecture, options: SlideSequenceOptions = {}): Slide[] {
  const termsPerSlide = Math.max(1, options.termsPerSlide ?? 4);
  const referencesPerSlide = Math.max(1, options.referencesPerSlide ?? 3);
  const termById = new Map(lecture.terms.map((t) => [t.id, t]));
  const referenceById = new Map(lecture.references.map((r) => [r.id, r]));
  const figureById = new Map(lecture.figures.map((f) => [f.id, f]));
  const present = <T>(x: T | undefined): x is T => x !== undefined;

  const drafts: Draft[] = [
    {
      ...blank,
      id: 'title',
      kind: 'title',
      path: 'meta',
      notesPath: 'frame.opening.notes',
      title: lecture.meta.title,
      subtitle: lecture.meta.subtitle,
      notes: lecture.frame.opening.notes,
    },
    {
      ...blank,
      id: 'agenda',
      kind: 'agenda',
      path: 'sections',
      notesPath: 'frame.agenda.notes',
      title: lecture.frame.agenda.title,
      bullets: lecture.sections.map((section) => section.title),
      notes: lecture.frame.agenda.notes,
    },
  ];

  lecture.sections.forEach((section, s) => {
    const sources = section.references.map((id) => referenceById.get(id)).filter(present);
    section.slides.forEach((spec, i) => {
      const exhibit = spec.exhibit ?? null;
      drafts.push({
        ...blank,
        id: spec.id,
        kind: 'content',
        path: `sections[${s}].slides[${i}]`,
        notesPath: `sections[${s}].slides[${i}].notes`,
        section: { id: section.id, title: section.title },
        title: spec.title,
        bullets: [...spec.bullets],
        exhibit,
        // The referenced-ids-exist rule reports an unknown figure id; null only for unvalidated data.
        figure: exhibit?.type === 'figure' ? (figureById.get(exhibit.figure) ?? null) : null,
        products: exhibit?.type === 'products' ? lecture.products.filter((p) => p.kind === exhibit.kind) : [],
        terms: (spec.terms ?? []).map((id) => termById.get(id)).filter(present),
        references: sources,
        notes: spec.notes,
      });
    });
  });

  const paginate = <T>(
    items: readonly T[],
    size: number,
    base: 'glossary' | 'references',
    make: (chunk: T[]) => Pick<Draft, 'terms' | 'references'>,
  ) => {
    const chunks = pages(items, size);
    const frame = base === 'glossary' ? lecture.frame.glossary : lecture.frame.bibliography;
    chunks.forEach((chunk, i) => {
      drafts.push({
        ...blank,
        id: i === 0 ? base : `${base}-${i + 1}`,
        kind: base,
        path: base === 'glossary' ? 'terms' : 'references',
        notesPath: `frame.${base === 'glossary' ? 'glossary' : 'bibliography'}.notes`,
        title: frame.title,
        ...make(chunk),
        page: { index: i + 1, count: chunks.length },
        notes: frame.notes,
      });
    });
  };
  paginate(lecture.terms, termsPerSlide, 'glossary', (chunk) => ({ terms: chunk, references: [] }));
  paginate(lecture.references, referencesPerSlide, 'references', (chunk) => ({
    terms: [],
    references: chunk,
  }));

  drafts.push({
    ...blank,
    id: 'closing',
    kind: 'closing',
    path: 'frame.closing',
    notesPath: 'frame.closing.notes',
    title: lecture.frame.closing.title,
    bullets: [...lecture.frame.closing.bullets],
    notes: lecture.frame.closing.notes,
  });

  return drafts.map((draft, i) => ({ ...draft, number: i + 1 }));
}
