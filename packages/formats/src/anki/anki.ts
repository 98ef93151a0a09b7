// Flashcards for Anki: one note per glossary term and one per comparison row, here as a tab-separated file with
// Anki's file headers (File > Import; the headers set note type, deck, tags and GUIDs). apkg.ts writes the same
// notes as an Anki package. Each note's GUID comes from the lecture's title and the item's id, so importing a
// revised lecture updates its notes instead of adding them again.

import { authorLine, type Lecture, type Slide, slideSequence } from '@vmvc/content';
import { assertXmlCharacters } from '@vmvc/schema/xml-characters';
import { ankiGuid } from './anki-ids.ts';
import { slideDefiningTerm, slideShowingComparison, slug } from './where-taught.ts';

export interface Flashcard {
  /** `term-<term id>` or `comparison-<row id>`: unique in the lecture and kept when its text changes. */
  id: string;
  /** Anki's note GUID, from the lecture's title and `id`: a re-import with the same GUID updates the note. */
  guid: string;
  front: string;
  /** Lines of the back; written with `<br>` between them. */
  back: string[];
  tags: string[];
  /** The section that teaches it; null when only the glossary lists it, or for a lecture without the slide. */
  section: { id: string; title: string } | null;
  /** The slide that teaches it, numbered as the deck shows it; null when the lecture has no such slide. */
  slide: { number: number; title: string } | null;
  /** Where it comes from: `VM vs Container · Junghyun Kim (김정현) · slide 8`. */
  source: string;
}

/** The cards as data: the glossary terms first, then the comparison rows. */
export function flashcards(lecture: Lecture): Flashcard[] {
  const root = slug(lecture.meta.title, 'lecture');
  const slides = slideSequence(lecture);
  const byline = `${lecture.meta.title} · ${authorLine(lecture.meta.authors)}`;
  const card = (
    id: string,
    front: string,
    back: string[],
    kind: 'glossary' | 'comparison',
    slide: Slide | undefined,
  ): Flashcard => ({
    id,
    guid: ankiGuid(`${root}/${id}`),
    front,
    back,
    tags: [`${root}::${kind}`, ...(slide?.section ? [`${root}::section::${slide.section.id}`] : [])],
    section: slide?.section ?? null,
    slide: slide ? { number: slide.number, title: slide.title } : null,
    source: slide ? `${byline} · slide ${slide.number}` : byline,
  });
  const { columns, rows } = lecture.comparison;
  const comparisonSlide = slideShowingComparison(slides);
  return [
    ...lecture.terms.map((term) =>
      card(`term-${term.id}`, term.term, [term.definition], 'glossary', slideDefiningTerm(slides, term.id)),
    ),
    ...rows.map((row) =>
      card(
        `comparison-${row.id}`,
        `${row.aspect}: ${columns.vm} vs. ${columns.container}`,
        [`${columns.vm}: ${row.vm}`, `${columns.container}: ${row.container}`],
        'comparison',
        comparisonSlide,
      ),
    ),
  ];
}

/**
 * A field as Anki holds it, HTML: `&`, `<`, `>` and `"` as entities, so no field ever needs CSV quoting;
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

/** The back of a card as one field: its lines joined by `<br>`. */
export function ankiBack(card: Flashcard): string {
  return card.back.map(ankiField).join('<br>');
}

/**
 * The deck the cards go to: the lecture's title on one line. Anki reads `::` as a subdeck, so a title that
 * holds one keeps a single colon and the cards stay in one deck.
 */
export function ankiDeckName(lecture: Lecture): string {
  return lecture.meta.title.replace(/\s+/g, ' ').replace(/::+/g, ':').trim();
}

/**
 * The note type the text file names. A text file can only name a note type the collection has: `Basic` is in
 * every English collection, and its Front and Back are the file's columns. Not `Basic (and reversed card)`: a
 * definition often names its term and a comparison's back names both sides, so the reversed card would show
 * its answer. (The package brings a note type of its own.)
 */
const ankiTextNoteType = 'Basic';

/** The flashcards as an Anki text file (UTF-8, tab-separated, HTML fields) with Anki's file headers. */
export function exportAnki(lecture: Lecture): string {
  assertXmlCharacters(lecture, 'the Anki text file');
  const header = [
    '#separator:tab',
    '#html:true',
    `#notetype:${ankiTextNoteType}`,
    '#columns:Front\tBack\tTags\tDeck\tGUID',
    '#tags column:3',
    // A deck column, unlike `#deck:`, creates the deck when the collection has none of that name (Anki 2.1.55
    // on; `#deck:` does so only from 25.07).
    '#deck column:4',
    '#guid column:5',
    // Update the note a GUID names, whatever the import dialog last chose (Anki's `DupeResolution`).
    '#if matches:update current',
  ];
  // The deck is a name, not HTML: a `"` in it is kept by quoting the field as CSV does (Anki's reader does too).
  const name = ankiDeckName(lecture);
  const deck = name.includes('"') ? `"${name.replace(/"/g, '""')}"` : name;
  const lines = flashcards(lecture).map((card) =>
    [ankiField(card.front), ankiBack(card), card.tags.join(' '), deck, card.guid].join('\t'),
  );
  return `${[...header, ...lines].join('\n')}\n`;
}
