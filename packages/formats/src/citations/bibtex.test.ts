import { parse } from '@retorquere/bibtex-parser';
import { formatReferenceDate, type Lecture, lecture, type Reference } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileLecture } from '../test-support/hostile-lecture.ts';
import { exportBibtex } from './bibtex.ts';
import { dateParts, titleWithTranslation } from './reference-fields.ts';

/** BibTeX, like TeX, reads any run of whitespace as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The .bib file as Better BibTeX for Zotero reads it, with the parser's errors. Like plain and ieeetr, it
 * lowers the case of titles (sentence case, for entries it takes for English), keeping braced words;
 * `guess: false` stops it from leaving a title alone that already looks sentence-cased. Its text is made NFC:
 * the parser writes a TeX accent as a letter and a combining mark (`e` and U+0301 for `{\'e}`).
 */
function readBack(from: Lecture) {
  const library = parse(exportBibtex(from), { sentenceCase: { guess: false } });
  const entries: typeof library.entries = JSON.parse(JSON.stringify(library.entries).normalize('NFC'));
  return { errors: library.errors, entries };
}

/** The fields Better BibTeX reads from a reference's entry; it shows `\url{…}` as a link. */
function expected(reference: Reference) {
  const link = `<a href="${reference.URL}">${reference.URL}</a>`;
  return {
    ...(reference.author
      ? { author: reference.author.map((a) => ({ name: spaced(a.literal) })) }
      : { key: spaced(reference['container-title']) }),
    title: spaced(titleWithTranslation(reference)),
    howpublished: `${spaced(reference['container-title'])}, ${link}`,
    ...(reference.issued
      ? { year: String(dateParts(reference.issued)[0]), month: String(dateParts(reference.issued)[1]) }
      : {}),
    note: `Accessed: ${formatReferenceDate(reference.accessed)}`,
  };
}

const expectSameReferences = (from: Lecture) => {
  const { errors, entries } = readBack(from);
  expect(errors).toEqual([]);
  expect(entries.map((e) => [e.type, e.key])).toEqual(from.references.map((r) => ['misc', r.id]));
  entries.forEach((entry, i) => {
    expect(entry.fields).toEqual(expected(from.references[i]!));
  });
};

/** A lecture whose first reference is written in French, in every field that BibTeX prints. */
function frenchLecture(): Lecture {
  const french = freshLecture();
  const reference = french.references[0]!;
  reference.author = [{ literal: 'Société Générale' }];
  reference.title = 'Machines virtuelles — “Çà et là”, naïveté… et Œuvres d’Ørsted, Łódź, Straße';
  delete reference['translated-title'];
  reference['container-title'] = 'Le Café';
  reference.language = 'fr';
  return french;
}

describe('classic BibTeX export', () => {
  it('gives Better BibTeX @misc entries back, without errors, Hangul and capitals as written', () => {
    expectSameReferences(lecture);
    const titles = readBack(lecture).entries.map((e) => e.fields.title);
    expect(titles).toContain(
      '서버 가상화 기술의 진화: VM과 컨테이너 [The evolution of server virtualization technology: VMs and containers]',
    );
    expect(titles).toContain('Azure Pipelines baseline architecture');
  });

  it('writes what plain and ieeetr print: howpublished with \\url, the month as a macro, "Accessed" as the note', () => {
    const bib = exportBibtex(lecture);
    expect(bib).toContain(
      '@misc{gabia-server-virtualization,\n' +
        '  author = {{Gabia}},\n' +
        '  title = {서버 가상화 기술의 진화: {VM}과 컨테이너 [{The} evolution of server virtualization technology: {VMs} and containers]},\n' +
        '  howpublished = {Gabia Library, \\url{https://library.gabia.com/contents/infrahosting/7426/}},\n' +
        '  year = {2021},\n' +
        '  month = dec,\n' +
        '  note = {Accessed: 22-Sep-2024},\n' +
        '}\n',
    );
    // No author: plain, unsrt and alpha sort by `key`.
    expect(bib).toContain('@misc{google-cloud-containers-vs-vms,\n  key = {Google Cloud},\n');
    // None of the fields classic styles do not know, nor the editorial note.
    expect(bib).not.toMatch(/^ {2}(?:url|urldate|date|language|langid|organization|annotation) = /m);
    for (const reference of lecture.references) {
      if (reference.note) expect(bib).not.toContain(reference.note.slice(0, 30));
    }
  });

  it('is ASCII but for the scripts TeX has no commands for: accents and punctuation as TeX commands', () => {
    const bib = exportBibtex(frenchLecture());
    const [first] = bib.split('\n\n');
    expect(first).toContain(
      "  author = {{Soci{\\'e}t{\\'e} G{\\'e}n{\\'e}rale}},\n" +
        "  title = {{Machines} virtuelles \\textemdash{} \\textquotedblleft{}{{\\c{C}}{\\`a}} et l{\\`a}\\textquotedblright{}, na{\\\"i}vet{\\'e}\\dots{} et {{\\OE}uvres} d\\textquoteright{}{{\\O}rsted}, {{\\L}{\\'o}d{\\'z}}, {Stra{\\ss}e}},\n" +
        "  howpublished = {Le Caf{\\'e}, \\url{",
    );
    // What is left beyond ASCII is Hangul, which BibTeX passes through as UTF-8 bytes.
    expect([...exportBibtex(lecture)].filter((c) => c > '\x7e' && !/\p{Script=Hangul}/u.test(c))).toEqual([]);
    expectSameReferences(frenchLecture());
  });

  it('keeps every brace balanced, so one odd brace cannot swallow the next entry', () => {
    const bib = exportBibtex(hostileLecture());
    let depth = 0;
    for (const c of bib) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('carries hostile text through unchanged', () => {
    const hostile = hostileLecture();
    // Better BibTeX reads `%` in `\url{}` as a TeX comment, where LaTeX's url package (and bibtex) keep it.
    hostile.references[0]!.URL = 'https://example.com/a_b/~user?x=1&y=2#frag';
    expectSameReferences(hostile);
  });
});
