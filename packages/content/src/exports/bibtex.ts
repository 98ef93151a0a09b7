// The references as BibLaTeX (`@online` entries) for LaTeX with biber and for reference managers.
// Hangul stays UTF-8; only the characters TeX or BibTeX give a meaning are escaped.
import type { CslDate, Lecture, Reference } from '../schema/index.ts';
import { percentEncode } from './percent-encode.ts';

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
};

/**
 * A value for a literal BibTeX field: specials escaped, the ligatures TeX would make (`--` an en dash,
 * ``` `` ``` and `''` curly quotes, `?``, `!``, `<<`, `>>`, `,,`) broken with `{}`, line breaks as spaces.
 */
export function bibtexText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}#$%&_~^]/g, (c) => specials[c] ?? c)
    .replace(/([-`'<>,])(?=\1)/g, '$1{}')
    .replace(/([?!])(?=`)/g, '$1{}');
}

/**
 * A value for the verbatim `url` field. Biber reads it as is, so nothing is escaped; the few characters
 * that could still break the entry (braces, backslash, whitespace) are percent-encoded, which is the same URL.
 */
function bibtexUrl(url: string): string {
  return percentEncode(url, /[{}\\\s]/g);
}

function isoDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function entry(reference: Reference): string {
  const fields: [string, string][] = [];
  if (reference.author?.length) {
    // Organisations: double braces keep "Amazon Web Services" one name instead of first and last names.
    fields.push(['author', reference.author.map((a) => `{${bibtexText(a.literal)}}`).join(' and ')]);
  }
  fields.push(['title', bibtexText(reference.title)]);
  if (reference['translated-title']) {
    // biblatex prints `titleaddon` after the title: "컨테이너와 가상 머신 비교 [Containers vs. virtual machines]".
    fields.push(['titleaddon', `[${bibtexText(reference['translated-title'])}]`]);
  }
  // citation-js and Zotero read `booktitle` of an @online entry as the site (CSL container-title).
  fields.push(['booktitle', bibtexText(reference['container-title'])]);
  fields.push(['organization', bibtexText(reference.publisher)]);
  if (reference.issued) fields.push(['date', isoDate(reference.issued)]);
  fields.push(['urldate', isoDate(reference.accessed)]);
  fields.push(['url', bibtexUrl(reference.URL)]);
  fields.push(['language', bibtexText(reference.language)]);
  if (reference.note) fields.push(['note', bibtexText(reference.note)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${reference.id},\n${body}\n}\n`;
}

/**
 * The lecture's references as a BibLaTeX file, in citation order, keyed by reference id
 * (`\cite{microsoft-containers-vs-vm}`). UTF-8: use biber, or citation-js, Zotero, JabRef.
 */
export function exportBibtex(lecture: Lecture): string {
  return lecture.references.map(entry).join('\n');
}
