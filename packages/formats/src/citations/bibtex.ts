// The references as classic BibTeX `@misc` entries, for `bibtex` with the standard styles (plain, ieeetr,
// unsrt, alpha) that know no @online type and no url or urldate field.
import { formatReferenceDate, type Lecture, type Reference } from '@vmvc/content';
import { dateParts, titleWithTranslation } from './reference-fields.ts';
import { texText, texUrl } from './tex-text.ts';

// BibTeX's month macros: a style writes them its own way ("Mar." in ieeetr, "March" in plain).
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const text = (value: string, title = false) => texText(value, { ascii: true, title });

function entry(reference: Reference): string {
  const fields: [string, string][] = [];
  if (reference.author?.length) {
    // Organisations: double braces keep "Amazon Web Services" one name instead of first and last names.
    fields.push(['author', `{${reference.author.map((a) => `{${text(a.literal)}}`).join(' and ')}}`]);
  } else {
    // Without an author, plain, unsrt and alpha sort and label by `key`: the site.
    fields.push(['key', `{${text(reference['container-title'])}}`]);
  }
  fields.push(['title', `{${text(titleWithTranslation(reference), true)}}`]);
  // The standard styles print `howpublished` after the title: the site, then the address, as the lecture's
  // reference list does ("Microsoft Learn, https://…"). `\url` needs the url or hyperref package.
  fields.push(['howpublished', `{${text(reference['container-title'])}, \\url{${texUrl(reference.URL)}}}`]);
  if (reference.issued) {
    const [year, month] = dateParts(reference.issued);
    fields.push(['year', `{${year}}`]);
    // The schema keeps months to 1-12; a number in braces is what a style would print of any other.
    fields.push(['month', months[month - 1] ?? `{${month}}`]);
  }
  fields.push(['note', `{Accessed: ${formatReferenceDate(reference.accessed)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@misc{${reference.id},\n${body}\n}\n`;
}

/**
 * The lecture's references as a classic BibTeX file, in citation order, keyed by reference id. Latin letters
 * with accents and typographic punctuation are TeX commands; Hangul stays UTF-8, which BibTeX passes through
 * as it is: typeset it with a Korean-capable LaTeX (pdfLaTeX with `\usepackage{kotex}`, or XeLaTeX or
 * LuaLaTeX with `kotex` and a Korean font). The editorial note of a reference is not written: classic styles
 * print `note`, and this one holds the access date as they expect.
 */
export function exportBibtex(lecture: Lecture): string {
  return lecture.references.map(entry).join('\n');
}
