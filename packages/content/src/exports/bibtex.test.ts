import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import type { Lecture, Reference } from '../schema/index.ts';
import { bibtexText, exportBibtex } from './bibtex.ts';
import { everySpecial, hostileLecture } from './test-support/hostile-lecture.ts';

/** BibTeX, like TeX, reads any run of whitespace as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The fields of a reference that BibLaTeX can hold, as citation-js reads them into CSL. */
function expected(reference: Reference) {
  return {
    id: reference.id,
    type: 'webpage',
    title: spaced(reference.title),
    // A literal name in double braces: citation-js reads it as a family name of one piece.
    ...(reference.author ? { author: reference.author.map((a) => ({ family: spaced(a.literal) })) } : {}),
    'container-title': spaced(reference['container-title']),
    publisher: spaced(reference.publisher),
    ...(reference.issued ? { issued: reference.issued } : {}),
    accessed: reference.accessed,
    URL: reference.URL,
    language: reference.language,
    ...(reference.note ? { note: spaced(reference.note) } : {}),
  };
}

function readBack(text: string): Record<string, unknown>[] {
  return new Cite(text).data.map(({ _graph, ...item }) => item);
}

const expectSameReferences = (from: Lecture) => {
  const items = readBack(exportBibtex(from));
  expect(items).toHaveLength(from.references.length);
  items.forEach((item, i) => {
    const reference = from.references[i]!;
    expect(item).toMatchObject(expected(reference));
    if (!reference.author) expect(item.author).toBeUndefined();
  });
};

describe('BibTeX export', () => {
  it('gives citation-js the same references back, Hangul intact', () => {
    expectSameReferences(lecture);
    const titles = readBack(exportBibtex(lecture)).map((i) => i.title);
    expect(titles).toContain('서버 가상화 기술의 진화: VM과 컨테이너');
    expect(titles[0]).toBe('컨테이너와 가상 머신 비교');
  });

  it('writes Hangul as UTF-8, not as TeX commands, and keys entries by reference id', () => {
    const bib = exportBibtex(lecture);
    expect(bib).toContain('  title = {서버 가상화 기술의 진화: VM과 컨테이너},\n');
    expect(bib.match(/^@online\{[a-z0-9-]+,$/gm)).toEqual(lecture.references.map((r) => `@online{${r.id},`));
  });

  it('adds the English title of a translated reference as a title addon', () => {
    expect(exportBibtex(lecture)).toContain('  titleaddon = {[Containers vs. virtual machines]},\n');
  });

  it('escapes TeX specials and breaks ligatures, and citation-js reads the text back as written', () => {
    expect(bibtexText('a_b & 50% #1 $x {y} ~ ^ \\')).toBe(
      'a\\_b \\& 50\\% \\#1 \\$x \\textbraceleft{}y\\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(bibtexText("a -- b --- c `` d '' e")).toBe("a -{}- b -{}-{}- c `{}` d '{}' e");
    const [item] = readBack(`@online{x,\n  title = {${bibtexText(everySpecial)}},\n}\n`);
    expect(item!.title).toBe(spaced(everySpecial));
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
    expectSameReferences(hostileLecture());
  });
});
