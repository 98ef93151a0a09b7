// Flashcards for Anki: a tab-separated file with Anki's file headers, one note per glossary term and one
// per comparison row, each with front, back and tags. Import with File > Import; the headers set the rest.
import type { Lecture } from '../schema/index.ts';
import { comparisonSection, sectionDefiningTerm, slug } from './where-taught.ts';

export interface Flashcard {
  front: string;
  /** Lines of the back; written with `<br>` between them. */
  back: string[];
  tags: string[];
}

/** The cards as data: the glossary terms first, then the comparison rows. */
export function flashcards(lecture: Lecture): Flashcard[] {
  const root = slug(lecture.meta.title, 'lecture');
  const sectionTag = (id: string | undefined) => (id ? [`${root}::section::${id}`] : []);
  const { columns, rows } = lecture.comparison;
  const comparedIn = comparisonSection(lecture)?.id;
  return [
    ...lecture.terms.map((term) => ({
      front: term.term,
      back: [term.definition],
      tags: [`${root}::glossary`, ...sectionTag(sectionDefiningTerm(lecture, term.id)?.id)],
    })),
    ...rows.map((row) => ({
      front: `${row.aspect}: ${columns.vm} vs. ${columns.container}`,
      back: [`${columns.vm}: ${row.vm}`, `${columns.container}: ${row.container}`],
      tags: [`${root}::comparison`, ...sectionTag(comparedIn)],
    })),
  ];
}

/**
 * A field with "allow HTML" on: `&`, `<`, `>` and `"` as entities, so no field ever needs CSV quoting;
 * line breaks as `<br>`, tabs as spaces, and a leading `#` as `&#35;` (Anki skips lines that start with `#`).
 */
export function ankiField(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, ' ')
    .replace(/\r\n?|\n/g, '<br>')
    .replace(/^#/, '&#35;');
}

/** A header value: one line, no tabs. */
function headerValue(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The flashcards as an Anki text file (UTF-8, tab-separated, HTML fields, tags in the third column). */
export function exportAnki(lecture: Lecture): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#columns:Front\tBack\tTags',
    '#tags column:3',
    `#deck:${headerValue(lecture.meta.title)}`,
  ];
  const lines = flashcards(lecture).map((card) =>
    [ankiField(card.front), card.back.map(ankiField).join('<br>'), card.tags.join(' ')].join('\t'),
  );
  return `${[...header, ...lines].join('\n')}\n`;
}
