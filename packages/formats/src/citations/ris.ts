// The references as RIS, the tagged format EndNote, Mendeley and Zotero import.
import type { Lecture, Reference } from '@vmvc/content';
import { dateParts, distinctPublisher, titleWithTranslation } from './reference-fields.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** A RIS value on one line: a line break would start a line with no tag, which readers join or drop. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

function record(reference: Reference): [string, string][] {
  const tags: [string, string][] = [['TY', 'ELEC']];
  // A name in one piece: with no comma, EndNote, Mendeley and Zotero read it as an organisation's name.
  for (const author of reference.author ?? []) tags.push(['AU', oneLine(author.literal)]);
  tags.push(['TI', oneLine(titleWithTranslation(reference))]);
  // For a web page (ELEC) T2 is the site: Zotero's "Website Title", EndNote's secondary title.
  tags.push(['T2', oneLine(reference['container-title'])]);
  const publisher = distinctPublisher(reference);
  if (publisher) tags.push(['PB', oneLine(publisher)]);
  if (reference.issued) {
    const [year, month, day] = dateParts(reference.issued);
    tags.push(['PY', String(year)]);
    tags.push(['DA', `${year}/${two(month)}/${two(day)}`]);
  }
  const [year, month, day] = dateParts(reference.accessed);
  tags.push(['Y2', `${year}/${two(month)}/${two(day)}`]);
  tags.push(['UR', oneLine(reference.URL)]);
  tags.push(['LA', reference.language]);
  // No N1: the lecture's only notes are editorial (why an entry differs from the original list), and
  // reference managers show N1 as the user's own note on the item.
  tags.push(['ER', '']);
  return tags;
}

/**
 * The lecture's references as a RIS file, in citation order: one `TY  - ELEC` record per reference, lines
 * `TAG  - value` ended by CR LF as the RIS specification asks, UTF-8 without a byte-order mark (EndNote: pick
 * "Unicode (UTF-8)" as the text translation when importing).
 */
export function exportRis(lecture: Lecture): string {
  return lecture.references
    .map((reference) =>
      record(reference)
        // `ER  - ` keeps its space, as in the specification's examples and in Zotero's own RIS.
        .map(([tag, value]) => `${tag}  - ${value}`)
        .join('\r\n'),
    )
    .map((text) => `${text}\r\n`)
    .join('\r\n');
}
