// The PDF metadata every variant carries, and the content stamp its pages print. Every word comes from the
// lecture, except the names of the variants.
import { authorLine, type ContentStamp, contentStamp, type Lecture } from '@vmvc/content';

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

/**
 * The `<Document>` metadata: title, author, subject, keywords, language and the pinned dates; and PDF/UA-1:
 * a tagged PDF (a structure tree from the components' `tag` props, everything else an artifact), its
 * identification in the XMP metadata, and the title shown in the viewer's title bar.
 */
export function documentInfo(lecture: Lecture, label: string) {
  // The lecture's own date, so that the same content gives the same bytes (react-pdf ignores SOURCE_DATE_EPOCH).
  const date = new Date(`${lecture.meta.date}T00:00:00Z`);
  return {
    title: `${lecture.meta.title} — ${label}`,
    author: authorLine(lecture.meta.authors),
    subject: lecture.meta.subtitle,
    keywords: lecture.meta.keywords.join(', '),
    language: lecture.meta.language,
    creator: `@vmvc/handouts · content ${stampOf(lecture)}`,
    producer: 'react-pdf',
    creationDate: date,
    modificationDate: date,
    conformance: 'PDF/UA' as const,
  };
}
