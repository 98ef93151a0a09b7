// Text for the values of a .bib file, as BibTeX, biber and LaTeX read them: TeX specials escaped, ligatures
// broken, capitals of titles protected, and for classic BibTeX the Latin letters with accents as TeX accents.
import { percentEncode } from '../percent-encode.ts';

// Replacements for characters TeX reads as commands. The braces become text commands rather than `\{`
// because BibTeX counts `\{` as a brace too, and one unmatched brace would swallow the rest of the file.
const specials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default OT1 encoding these three print as ¡, ¿ and an em dash.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

// For classic BibTeX: the punctuation of typeset text as LaTeX's own commands (every LaTeX font encoding has
// them), so that a .bib file needs no input encoding for them and no two of them run into a ligature.
const punctuation: Record<string, string> = {
  '\u00a0': '~',
  '\u2018': '\\textquoteleft{}',
  '\u2019': '\\textquoteright{}',
  '\u201c': '\\textquotedblleft{}',
  '\u201d': '\\textquotedblright{}',
  '\u2013': '\\textendash{}',
  '\u2014': '\\textemdash{}',
  '\u2026': '\\dots{}',
  '\u00df': '{\\ss}',
  '\u00e6': '{\\ae}',
  '\u00c6': '{\\AE}',
  '\u0153': '{\\oe}',
  '\u0152': '{\\OE}',
  '\u00f8': '{\\o}',
  '\u00d8': '{\\O}',
  '\u0142': '{\\l}',
  '\u0141': '{\\L}',
  '\u0131': '{\\i}',
};

// Combining marks and the LaTeX accent commands that put them on a letter.
const accents: Record<string, string> = {
  '\u0300': '`',
  '\u0301': "'",
  '\u0302': '^',
  '\u0303': '~',
  '\u0304': '=',
  '\u0306': 'u',
  '\u0307': '.',
  '\u0308': '"',
  '\u030a': 'r',
  '\u030b': 'H',
  '\u030c': 'v',
  '\u0323': 'd',
  '\u0327': 'c',
  '\u0328': 'k',
};

/**
 * A letter with one accent as BibTeX's "special character", `{\'e}` or `{\c{c}}`: in braces and starting with
 * a backslash, so that classic BibTeX sorts, abbreviates and changes the case of it as of the letter it is.
 * Undefined for anything else (Hangul, other scripts, several accents), which stays as it is.
 */
function accented(char: string): string | undefined {
  const [base, mark, ...more] = [...char.normalize('NFD')];
  if (!base || !mark || more.length > 0 || !/^[A-Za-z]$/.test(base)) return undefined;
  const command = accents[mark];
  if (!command) return undefined;
  // `{\"i}`, not `{\"\i}`: LaTeX puts the accent on a dotless i itself, and readers take `\i` for "ı".
  return /^[a-z]$/i.test(command) ? `{\\${command}{${base}}}` : `{\\${command}${base}}`;
}

export interface TexTextOptions {
  /**
   * Classic BibTeX: Latin letters with accents and typographic punctuation as TeX commands, so that sorting,
   * initials and case changes work and pdfLaTeX needs no input encoding for them. Other characters (Hangul)
   * stay UTF-8, which BibTeX passes through as bytes.
   */
  ascii?: boolean;
  /**
   * A title: every word with a capital letter in braces (`{VM}과`, `{Azure} {Pipelines}`), so that styles that
   * change a title's case (biblatex-ieee's sentence case, classic styles' `change.case$`) keep it as written.
   */
  title?: boolean;
}

// TeX makes en and em dashes of `--` and `---`, quotes of ``` `` ``` and `''`, `¿` and `¡` of `?`` and `!``,
// and in T1 fonts a low quote of `,,`: an empty group between the two characters keeps them apart. (`<<` and
// `>>` are guillemets in T1, but `<` and `>` are written as commands anyway.)
function breaksLigature(char: string, next: string | undefined): boolean {
  return (next === char && /[-`',]/.test(char)) || (next === '`' && (char === '?' || char === '!'));
}

function escapeChars(text: string, options: TexTextOptions): string {
  const chars = [...text];
  return chars
    .map((char, i) => {
      const written =
        specials[char] ?? (options.ascii ? (punctuation[char] ?? accented(char) ?? char) : char);
      return breaksLigature(char, chars[i + 1]) ? `${written}{}` : written;
    })
    .join('');
}

/**
 * A value for a literal field of a .bib file: specials escaped, ligatures broken with `{}`, any run of white
 * space (line breaks too) as one space. With `title`, capitalised words are protected by braces; with
 * `ascii`, accents and punctuation are TeX commands.
 */
export function texText(text: string, options: TexTextOptions = {}): string {
  // NFC: a letter and its accent as one character, which `ascii` writes as one TeX accent.
  // Any white space but a no-break space, which TeX writes `~`.
  const spaced = (options.ascii ? text.normalize('NFC') : text).replace(/[^\S\u00a0]+/g, ' ').trim();
  if (!options.title) return escapeChars(spaced, options);
  // Words are runs of letters that have a case (Latin, Greek, Cyrillic, ...), marks and digits, so that Hangul
  // beside them stays outside the braces (`{VM}과`); the rest is never split, so a ligature pair is seen whole.
  return spaced.replace(/[\p{LC}\p{M}\p{N}]+|[^\p{LC}\p{M}\p{N}]+/gu, (part) => {
    const escaped = escapeChars(part, options);
    return /\p{Lu}/u.test(part) ? `{${escaped}}` : escaped;
  });
}

/**
 * A URL for the verbatim `url` field or for `\url{}`: biber, BibTeX and the url package read it as it is, so
 * nothing is escaped; the few characters that could still break the entry (braces, backslash, white space)
 * are percent-encoded, which is the same URL.
 */
export function texUrl(url: string): string {
  return percentEncode(url, /[{}\\\s]/g);
}
