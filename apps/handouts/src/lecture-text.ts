// Small views of the lecture that every variant prints the same way: the author line, the title of a
// variant, the document metadata. Every word comes from the lecture, except the names of the media.
import { type ContentStamp, contentStamp, type Lecture, referenceNumber } from '@vmvc/content';
import type { VariantId } from './variants.ts';

const stamps = new WeakMap<Lecture, ContentStamp>();

/** The content stamp the deck prints too (`v0.1.0 · 1a2b3c4d`), hashed once per lecture object. */
export function stampOf(lecture: Lecture): string {
  let stamp = stamps.get(lecture);
  if (!stamp) {
    stamp = contentStamp(lecture);
    stamps.set(lecture, stamp);
  }
  return stamp.text;
}

/** The title block's author line: 김정현 / Junghyun Kim. */
export function authorLine(lecture: Lecture): string {
  return lecture.meta.authors
    .map((a) => (a.nameOriginal ? `${a.nameOriginal} / ${a.name}` : a.name))
    .join(', ');
}

/** The author as the PDF metadata and footers give it: Junghyun Kim (김정현). */
export function authorCredit(lecture: Lecture): string {
  return lecture.meta.authors
    .map((a) => (a.nameOriginal ? `${a.name} (${a.nameOriginal})` : a.name))
    .join(', ');
}

/** What each variant is called on paper and in the PDF title. */
export const variantLabels: Record<VariantId, string> = {
  handout: 'Handout',
  summary: 'Summary',
  notes: 'Notes',
};

/** The `<Document>` metadata: title, author, subject, keywords, language and the pinned dates. */
export function documentInfo(lecture: Lecture, label: string) {
  const date = new Date(`${lecture.meta.date}T00:00:00Z`);
  return {
    title: `${lecture.meta.title} — ${label}`,
    author: authorCredit(lecture),
    subject: lecture.meta.subtitle,
    keywords: lecture.meta.keywords.join(', '),
    language: lecture.meta.language,
    creator: `@vmvc/handouts · content ${stampOf(lecture)}`,
    producer: 'react-pdf',
    creationDate: date,
    modificationDate: date,
  };
}

/** The numbers of a section's sources as the reference list prints them: [1], [3]. */
export function citationList(ids: readonly string[], lecture: Lecture): string {
  const numbers = ids
    .map((id) => referenceNumber(id, lecture))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  return numbers.map((n) => `[${n}]`).join(', ');
}
