// Rule: no string is longer than any medium can show, by kind of field: a paragraph of prose, speaker notes
// or a text alternative at most a few pages of the handout; anything set on a slide or in a table cell at
// most a full slide. Checked before every other rule and the schema (see validateLecture), and in one pass
// over the characters with no copy: a 40 MB string must be refused at once, not scanned word by word.
import { formatPath, type Problem } from '../problem.ts';
import type { ValueRule } from './rule.ts';

/**
 * Text read on paper or by a screen reader: five A4 pages of the handout at 10 pt (a page holds about 4,000
 * characters). The shipped lecture's longest is a paragraph of 948.
 */
const maxLongText = 20_000;
/**
 * Text set on a slide or in a table cell: a whole 1920×1080 slide at the deck's smallest 24 px holds about
 * 4,500 characters. The shipped lecture's longest is a reference title of 64.
 */
const maxSlideText = 5_000;

/** Fields of running text, by name, wherever they are: a section's prose, notes, alt text, definitions. */
const longTextFields = new Set(['prose', 'notes', 'alt', 'note', 'feedback', 'definition', 'description']);

const kinds = {
  long: { limit: maxLongText, what: 'five pages of the handout' },
  slide: { limit: maxSlideText, what: 'a whole slide' },
};

const surrogate = /[\uD800-\uDFFF]/;

/**
 * How many characters (code points) `text` has when that is over `limit`, else 0. Only a string with
 * astral characters (emoji) is walked, from the first of them; one over twice the limit in UTF-16 units is
 * over it in any case and is not walked at all (its count is then a floor).
 */
function lengthPast(text: string, limit: number): { count: number; floor: boolean } | undefined {
  // A code point is one or two UTF-16 units: under the limit in units is under it in code points.
  if (text.length <= limit) return undefined;
  const first = text.search(surrogate);
  if (first === -1) return { count: text.length, floor: false };
  if (text.length > 2 * limit) return { count: Math.ceil(text.length / 2), floor: true };
  let count = first;
  for (let i = first; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    // The second half of a pair was counted with the first.
    if (unit < 0xdc00 || unit > 0xdfff || !(before >= 0xd800 && before <= 0xdbff)) count++;
  }
  return count > limit ? { count, floor: false } : undefined;
}

function walk(value: unknown, at: (string | number)[], field: string, problems: Problem[]): void {
  if (typeof value === 'string') {
    const kind = longTextFields.has(field) ? kinds.long : kinds.slide;
    const length = lengthPast(value, kind.limit);
    if (length) {
      problems.push({
        path: formatPath(at),
        message: `${length.floor ? 'at least ' : ''}${length.count.toLocaleString('en')} characters ("${Array.from(value.slice(0, 40)).slice(0, 20).join('')}…"): expected at most ${kind.limit.toLocaleString('en')}, more than ${kind.what} can show`,
      });
    }
  } else if (Array.isArray(value)) {
    // A list's items are of the list's field: `bullets[3]` is a bullet.
    value.forEach((item, index) => {
      walk(item, [...at, index], field, problems);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...at, key], key, problems);
  }
}

export const textLengths: ValueRule = {
  name: 'text-lengths',
  reads: 'any value',
  description:
    'Every string is at most what its medium can show: 20,000 characters of prose, notes or alt text, 5,000 of anything set on a slide.',
  check(value: unknown): Problem[] {
    const problems: Problem[] = [];
    walk(value, [], '', problems);
    return problems;
  },
};
