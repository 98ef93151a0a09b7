import { parse } from '@retorquere/bibtex-parser';
import { type Lecture, lecture, type Reference } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileLecture } from '../test-support/hostile-lecture.ts';
import { babelLanguage, exportBiblatex } from './biblatex.ts';
import { isoDate, titleWithTranslation } from './reference-fields.ts';

/** BibTeX, like TeX, reads any run of whitespace as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

// biblatex's data model for @online (blx-dm.def: its own fields, then those every entry type has that
// this export could use). `biber --validate-datamodel` warns about any other field.
const onlineFields = new Set([
  ...['addendum', 'author', 'editor', 'editortype', 'language', 'note', 'organization', 'pubstate'],
  ...['subtitle', 'title', 'titleaddon', 'version', 'date', 'year', 'url', 'urldate', 'langid', 'annotation'],
]);

/**
 * The .bib file as Better BibTeX for Zotero reads it, with the parser's errors. Like biblatex-ieee, it
 * sentence-cases the titles of English entries (and of entries without `langid`), keeping braced words as
 * they are; `guess: false` stops it from leaving a title alone that already looks sentence-cased.
 */
function readBack(from: Lecture) {
  const library = parse(exportBiblatex(from), { sentenceCase: { guess: false } });
  return { errors: library.errors, entries: library.entries };
}

/** The fields Better BibTeX reads from a reference's entry. */
function expected(reference: Reference) {
  return {
    ...(reference.author ? { author: reference.author.map((a) => ({ name: spaced(a.literal) })) } : {}),
    title: spaced(titleWithTranslation(reference)),
    organization: [spaced(reference['container-title'])],
    ...(reference.issued ? { date: isoDate(reference.issued) } : {}),
    urldate: isoDate(reference.accessed),
    url: reference.URL,
    ...(babelLanguage(reference.language) ? { langid: babelLanguage(reference.language) } : {}),
    ...(reference.note ? { annotation: spaced(reference.note) } : {}),
  };
}

const expectSameReferences = (from: Lecture) => {
  const { errors, entries } = readBack(from);
  expect(errors).toEqual([]);
  expect(entries.map((e) => [e.type, e.key])).toEqual(from.references.map((r) => ['online', r.id]));
  entries.forEach((entry, i) => {
    expect(entry.fields).toEqual(expected(from.references[i]!));
  });
};

describe('BibLaTeX export', () => {
  it('gives Better BibTeX the references back, without errors, Hangul and capitals as written', () => {
    expectSameReferences(lecture);
    const titles = readBack(lecture).entries.map((e) => e.fields.title);
    // Sentence-cased as English: the braces keep "Pipelines" as written.
    expect(titles).toContain(
      '서버 가상화 기술의 진화: VM과 컨테이너 [The evolution of server virtualization technology: VMs and containers]',
    );
    expect(titles).toContain('Azure Pipelines baseline architecture');
  });

  it('writes only fields of biblatex’s @online data model, and none that a style prints wrongly', () => {
    const { entries } = readBack(lecture);
    for (const entry of entries) {
      for (const field of Object.keys(entry.fields)) expect(onlineFields, field).toContain(field);
      // `note` is printed by every style, `language` prints "ko", `booktitle` is not an @online field.
      expect(Object.keys(entry.fields)).not.toEqual(expect.arrayContaining(['note']));
      expect(entry.fields.language).toBeUndefined();
      expect(entry.fields.booktitle).toBeUndefined();
    }
  });

  it('writes the site as organization, the language as langid, the editorial note as annotation', () => {
    const bib = exportBiblatex(lecture);
    expect(bib).toContain(
      '@online{gabia-server-virtualization,\n' +
        '  author = {{Gabia}},\n' +
        '  title = {서버 가상화 기술의 진화: {VM}과 컨테이너 [{The} evolution of server virtualization technology: {VMs} and containers]},\n' +
        '  organization = {{Gabia Library}},\n' +
        '  date = {2021-12-01},\n' +
        '  urldate = {2024-09-22},\n' +
        '  url = {https://library.gabia.com/contents/infrahosting/7426/},\n' +
        '  langid = {korean},\n' +
        '}\n',
    );
    expect(bib).toContain('  title = {{Azure} {Pipelines} baseline architecture},\n');
    expect(bib).toContain('  annotation = {Listed twice in the original reference list');
  });

  it('writes a dated page’s date, and neither date nor year for an undated one (biblatex prints "n.d.")', () => {
    const { entries } = readBack(lecture);
    const undated = lecture.references.filter((r) => !r.issued);
    expect(undated.length).toBeGreaterThan(0);
    for (const [i, reference] of lecture.references.entries()) {
      const { fields } = entries[i]!;
      if (reference.issued) {
        expect(fields.date, reference.id).toBe(isoDate(reference.issued));
      } else {
        expect(fields.date, reference.id).toBeUndefined();
        expect(fields.year, reference.id).toBeUndefined();
      }
      expect(fields.urldate, reference.id).toBe(isoDate(reference.accessed));
    }
  });

  it('names languages as babel and polyglossia do, and leaves out a language they do not know', () => {
    expect(['ko', 'en', 'en-GB', 'pt-BR', 'de-DE', 'x-klingon'].map(babelLanguage)).toEqual([
      'korean',
      'english',
      'british',
      'brazilian',
      'ngerman',
      undefined,
    ]);
    const own = freshLecture();
    own.references[0]!.language = 'tlh';
    const [entry] = readBack(own).entries;
    expect(entry!.fields.langid).toBeUndefined();
  });

  it('keeps every brace balanced, so one odd brace cannot swallow the next entry', () => {
    const bib = exportBiblatex(hostileLecture());
    let depth = 0;
    for (const c of bib) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('carries hostile text through unchanged', () => {
    expectSameReferences(hostileLecture());
  });
});
