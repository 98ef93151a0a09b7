// The references as CSL-JSON 1.0.2, the format Zotero, pandoc `--citeproc` and citation-js read.
import type { Lecture, Reference } from '@vmvc/content';
import { distinctPublisher, titleWithTranslation } from './reference-fields.ts';

/**
 * What the lecture keeps that CSL 1.0.2 has no variable for, in the item's `custom` object, where the schema
 * puts data of one's own and no style looks. The editorial note stays out of `note`: styles print `note`.
 */
interface LectureCustom {
  /** The title as published, before the translation was added to `title`. */
  'title-as-published'?: string;
  /** The English translation of the title (CSL 1.0.2 dropped `translated-title`). */
  'translated-title'?: string;
  /** Why the entry differs from the lecture's original reference list. */
  'editorial-note'?: string;
}

function item(reference: Reference): Record<string, unknown> {
  const custom: LectureCustom = {};
  if (reference['translated-title']) {
    custom['title-as-published'] = reference.title;
    custom['translated-title'] = reference['translated-title'];
  }
  if (reference.note) custom['editorial-note'] = reference.note;
  const publisher = distinctPublisher(reference);
  return {
    id: reference.id,
    type: reference.type,
    title: titleWithTranslation(reference),
    ...(reference.author ? { author: reference.author } : {}),
    'container-title': reference['container-title'],
    ...(publisher ? { publisher } : {}),
    ...(reference.issued ? { issued: reference.issued } : {}),
    accessed: reference.accessed,
    URL: reference.URL,
    language: reference.language,
    ...(Object.keys(custom).length > 0 ? { custom } : {}),
  };
}

/**
 * The lecture's references as a CSL-JSON array valid against the CSL 1.0.2 schema (`csl-data.json`), in
 * citation order ([1] first), two-space indented with a final newline. A Korean title is printed as published
 * with its English translation in brackets; a publisher that repeats the site or the author is left out; the
 * lecture's own fields CSL has no variable for are in `custom`.
 */
export function exportCslJson(lecture: Lecture): string {
  return `${JSON.stringify(lecture.references.map(item), null, 2)}\n`;
}
