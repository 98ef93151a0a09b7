// Rule: every string of the lecture is text a reader can see as it was written, on a slide, on paper and in
// every export: no control characters, no lone surrogates (they print as �), no bidirectional overrides
// ("user\u202Egnp.exe" shows as "userexe.png"), at least one visible character (U+200B, U+3164 or U+2800 alone
// print as nothing), and no word or URL longer than the media can set or encode. Every problem of a string
// is reported, by path, with what was expected.
import type { Problem } from '../problem.ts';
import { codePoint, textFields } from '../text-fields.ts';
import type { ValueRule } from './rule.ts';

/** The longest run of characters without a space a slide line and a page line can hold (ids are 38). */
const maxWordLength = 60;
/** The longest URL, in UTF-8 bytes: what browsers and a QR code handle (a QR code 40-M holds 2,331 bytes). */
const maxUrlLength = 2000;

/** Half of a surrogate pair without its other half (no `u` flag: it must see the halves). */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 controls and DEL; a line feed is allowed (a paragraph may hold one). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
export const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
/** Embeddings, overrides and isolates: they reorder what readers see. */
export const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;
/** Characters that draw nothing: fillers, blanks and format characters, besides white space. */
// U+034F (combining grapheme joiner) stands alone in the alternation: a class cannot hold a combining mark.
const invisible = /[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u180E\u17B4\u17B5]|\u034F/gu;
const url = /^https?:\/\//;

function problemsOf(text: string): string[] {
  const found: string[] = [];
  const loneAt = loneSurrogate.exec(text);
  if (loneAt) {
    found.push(
      `a lone surrogate ${codePoint(loneAt[0])} at character ${loneAt.index + 1}: expected well-formed Unicode text (it would print as �)`,
    );
  }
  const controlAt = control.exec(text);
  if (controlAt) {
    found.push(
      `control character ${codePoint(controlAt[0])} at character ${controlAt.index + 1}: expected printable text`,
    );
  }
  const bidiAt = bidiControl.exec(text);
  if (bidiAt) {
    found.push(
      `bidirectional control ${codePoint(bidiAt[0])} at character ${bidiAt.index + 1}: expected none (it reorders what readers see)`,
    );
  }
  if (text === '') found.push('empty text: expected words');
  else if (text.trim() === '') found.push('whitespace-only text: expected words');
  else if (text.replace(invisible, '') === '') {
    const kinds = [...new Set([...text].filter((c) => c.trim() !== '').map(codePoint))].join(', ');
    found.push(`no visible character (only ${kinds}): expected words`);
  }
  for (const word of text.split(/\s+/)) {
    const isUrl = url.test(word);
    // A URL is bounded in UTF-8 bytes, what a QR code holds (a Hangul character is three); a word in characters.
    const length = isUrl ? new TextEncoder().encode(word).length : [...word].length;
    const limit = isUrl ? maxUrlLength : maxWordLength;
    if (length > limit) {
      found.push(
        `${isUrl ? 'a URL' : 'a word'} of ${length.toLocaleString('en')} ${isUrl ? 'bytes' : 'characters'} ("${[...word].slice(0, 20).join('')}…"): expected at most ${limit.toLocaleString('en')}, which ${isUrl ? 'browsers and a QR code' : 'a slide line and a page line'} can hold`,
      );
      break;
    }
  }
  return found;
}

export const readableText: ValueRule = {
  name: 'readable-text',
  reads: 'any value',
  description:
    'Every string is visible, printable, well-formed text without bidirectional controls, its words and URLs short enough to set and encode.',
  check(value: unknown): Problem[] {
    return textFields(value).flatMap(({ path, text }) =>
      problemsOf(text).map((message): Problem => ({ path, message })),
    );
  },
};
