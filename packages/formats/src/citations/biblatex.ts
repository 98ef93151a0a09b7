// The references as BibLaTeX `@online` entries, UTF-8, for LaTeX with biber and for reference managers.
import type { Lecture, Reference } from '@vmvc/content';
import { isoDate, titleWithTranslation } from './reference-fields.ts';
import { texText, texUrl } from './tex-text.ts';

// BCP 47 primary language subtags and the babel/polyglossia names biblatex's `langid` takes. A language not
// listed gets no `langid`: biblatex then treats the entry as in the document's language, which only matters
// for hyphenation and for styles that change the case of English titles (capitals are protected anyway).
const babelNames: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'ngerman',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  et: 'estonian',
  fi: 'finnish',
  fr: 'french',
  he: 'hebrew',
  hr: 'croatian',
  hu: 'magyar',
  it: 'italian',
  ja: 'japanese',
  ko: 'korean',
  lt: 'lithuanian',
  lv: 'latvian',
  nb: 'norsk',
  nl: 'dutch',
  nn: 'nynorsk',
  pl: 'polish',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sk: 'slovak',
  sl: 'slovene',
  sr: 'serbian',
  sv: 'swedish',
  tr: 'turkish',
  uk: 'ukrainian',
  zh: 'chinese',
};

// Regional variants with a babel name of their own (biblatex has localisations for these).
const regionalBabelNames: Record<string, string> = {
  'en-us': 'american',
  'en-gb': 'british',
  'en-au': 'australian',
  'en-ca': 'canadian',
  'en-nz': 'newzealand',
  'pt-br': 'brazilian',
  'de-at': 'naustrian',
  'de-ch': 'nswissgerman',
};

/** The `langid` for a BCP 47 tag: `ko` → `korean`, `en-GB` → `british`; undefined for one not known. */
export function babelLanguage(tag: string): string | undefined {
  const [language = '', region] = tag.toLowerCase().split('-');
  return regionalBabelNames[`${language}-${region}`] ?? babelNames[language];
}

function entry(reference: Reference): string {
  const fields: [string, string][] = [];
  if (reference.author?.length) {
    // Organisations: double braces keep "Amazon Web Services" one name instead of first and last names.
    fields.push(['author', reference.author.map((a) => `{${texText(a.literal)}}`).join(' and ')]);
  }
  fields.push(['title', texText(titleWithTranslation(reference), { title: true })]);
  // `organization` is where biblatex's @online drivers print the site; braced, as it is a list that "and"
  // would split. The publisher has no @online field, and no style prints it for a web page.
  fields.push(['organization', `{${texText(reference['container-title'])}}`]);
  // An undated page gets no date and no year: biblatex's undated form, which its labeldate turns into the
  // `nodate` string ("n.d." in biblatex-apa). `biber --validate-datamodel` asks every @online for a date or a
  // year and warns about these entries, but no value it accepts means "unknown": it refuses `nodate` and
  // `n.d.`, and the values it takes (`..`, `XXXX`, `/2024-09-22`) print an empty "()" or "–2024" instead.
  if (reference.issued) fields.push(['date', isoDate(reference.issued)]);
  fields.push(['urldate', isoDate(reference.accessed)]);
  fields.push(['url', texUrl(reference.URL)]);
  const langid = babelLanguage(reference.language);
  if (langid) fields.push(['langid', langid]);
  // Only annotated-bibliography styles (biblatex's `reading`) print `annotation`; `note` is printed by all.
  if (reference.note) fields.push(['annotation', texText(reference.note)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${reference.id},\n${body}\n}\n`;
}

/**
 * The lecture's references as a BibLaTeX file, in citation order, keyed by reference id
 * (`\cite{microsoft-containers-vs-vm}`). UTF-8 with Hangul as written: use biber (`backend=biber`), which
 * checks clean against biblatex's data model except for an undated page's missing date.
 */
export function exportBiblatex(lecture: Lecture): string {
  return lecture.references.map(entry).join('\n');
}
