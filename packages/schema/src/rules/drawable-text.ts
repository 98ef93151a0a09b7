// Rule: every character of every string is one the outputs can show. The deck, the slides PDF, the handouts
// and the PowerPoint set all text in one font, so a character it has no glyph for prints as a wrong letter
// (react-pdf wrote U+1F9E8 as "è") or as a blank; a noncharacter, a private-use or an unassigned code point
// means nothing to a reader (and U+FFFF broke the PowerPoint's XML). Each such character is reported once per
// string, a bounded number per string. Controls, lone surrogates and bidirectional controls are readable-text's.
import { fontFamily } from '../font-coverage.ts';
import { fontDraws } from '../font-draws.ts';
import type { Problem } from '../problem.ts';
import { codePoint, textFields } from '../text-fields.ts';
import { bidiControl, control } from './readable-text.ts';
import type { ValueRule } from './rule.ts';

/** The most characters named per string; the rest are counted. */
const maxNamed = 5;

const expected = 'expected characters the deck, the PDFs and the PowerPoint can draw';

/** U+FDD0–U+FDEF and the last two code points of every plane. */
const isNoncharacter = (point: number) => (point >= 0xfdd0 && point <= 0xfdef) || (point & 0xfffe) === 0xfffe;

/** Why the outputs cannot show `char`, or undefined when they can. */
function whyNot(char: string): string | undefined {
  const point = char.codePointAt(0) ?? 0;
  if (isNoncharacter(point))
    return 'it is a noncharacter, which Unicode keeps for use inside programs and no font draws';
  if (/\p{Co}/u.test(char))
    return 'it is a private-use character, whose glyph depends on a font the outputs do not carry';
  // After the noncharacters, which are unassigned too. Unassigned in the Unicode version of Node's ICU.
  if (/\p{Cn}/u.test(char)) return 'it is unassigned in Unicode';
  if (!fontDraws(point)) return `the lecture's font (${fontFamily}) has no glyph for it`;
  return undefined;
}

/** What the readable-text rule reports already, and the line feed a paragraph may hold. */
const leftToReadableText = (char: string) =>
  char === '\n' || control.test(char) || bidiControl.test(char) || /^[\uD800-\uDFFF]$/.test(char);

/** Printable ASCII: every font of the kit draws it, so most strings need no look-up at all. */
const printableAscii = /^[\x20-\x7E]*$/;

function problemsOf(text: string, path: string, verdicts: Map<string, string | undefined>): Problem[] {
  if (printableAscii.test(text)) return [];
  const bad = new Map<string, { why: string; at: number }>();
  let at = 0;
  for (const char of text) {
    at += 1;
    if (bad.has(char)) continue;
    let why = verdicts.get(char);
    if (!verdicts.has(char)) {
      why = leftToReadableText(char) ? undefined : whyNot(char);
      verdicts.set(char, why);
    }
    if (why !== undefined) bad.set(char, { why, at });
  }
  const problems = [...bad].slice(0, maxNamed).map(([char, { why, at }]) => {
    // A character that has no meaning is not quoted: a terminal or an editor would show it wrongly too.
    const shown = why.startsWith('it is') ? '' : ` "${char}"`;
    return {
      path,
      message: `${codePoint(char)}${shown} at character ${at} cannot be shown: ${why}; ${expected}`,
    };
  });
  if (bad.size > maxNamed) {
    const more = bad.size - maxNamed;
    problems.push({
      path,
      message: `${more.toLocaleString('en')} more character${more > 1 ? 's' : ''} that cannot be shown (${[
        ...bad.keys(),
      ]
        .slice(maxNamed, maxNamed + 3)
        .map(codePoint)
        .join(', ')}${more > 3 ? ', …' : ''}); ${expected}`,
    });
  }
  return problems;
}

export const drawableText: ValueRule = {
  name: 'drawable-text',
  reads: 'any value',
  description: `Every character of every string is assigned, not private-use nor a noncharacter, and drawn by the lecture's font (${fontFamily}), which the deck, the PDFs and the PowerPoint set text in.`,
  check(value: unknown): Problem[] {
    // One verdict per distinct character for the whole lecture: it holds a few hundred distinct characters.
    const verdicts = new Map<string, string | undefined>();
    return textFields(value).flatMap(({ path, text }) => problemsOf(text, path, verdicts));
  },
};
