import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { everySpecial } from '../test-support/hostile-lecture.ts';
import { texText, texUrl } from './tex-text.ts';

/** What Better BibTeX reads from a `note` field holding the value. */
const readNote = (value: string) => {
  const library = parse(`@misc{x,\n  note = {${value}},\n}\n`);
  expect(library.errors).toEqual([]);
  return library.entries[0]!.fields.note;
};

describe('text for .bib values', () => {
  it('escapes TeX specials and the characters OT1 fonts misprint, and breaks ligatures', () => {
    expect(texText('a_b & 50% #1 $x {y} ~ ^ \\ <b> |')).toBe(
      'a\\_b \\& 50\\% \\#1 \\$x \\textbraceleft{}y\\textbraceright{} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{}b\\textgreater{} \\textbar{}',
    );
    expect(texText("a -- b --- c `` d '' e ?` f ,, g")).toBe(
      "a -{}- b -{}-{}- c `{}` d '{}' e ?{}` f ,{}, g",
    );
    expect(readNote(texText(everySpecial))).toBe(everySpecial.replace(/\s+/g, ' '));
  });

  it('protects every capitalised word of a title with braces, leaving Hangul outside them', () => {
    expect(texText('서버 가상화 기술의 진화: VM과 컨테이너', { title: true })).toBe(
      '서버 가상화 기술의 진화: {VM}과 컨테이너',
    );
    expect(texText('Azure Pipelines baseline architecture', { title: true })).toBe(
      '{Azure} {Pipelines} baseline architecture',
    );
    expect(texText('AT&T’s x86 -- iOS', { title: true })).toBe('{AT}\\&{T}’s x86 -{}- {iOS}');
  });

  it('writes accents and typographic punctuation as TeX for classic BibTeX, and Hangul as it is', () => {
    expect(texText('Ça, naïve Åsa: “ok” – 50\u00a0km … Straße 김정현', { ascii: true })).toBe(
      '{\\c{C}}a, na{\\"i}ve {\\r{A}}sa: \\textquotedblleft{}ok\\textquotedblright{} \\textendash{} 50~km \\dots{} Stra{\\ss}e 김정현',
    );
    // Decomposed input (e and a combining acute) is one accented letter too.
    expect(texText('Cafe\u0301', { ascii: true })).toBe("Caf{\\'e}");
    expect(readNote(texText('Société Générale — “Ça” ‘x’', { ascii: true }))?.normalize('NFC')).toBe(
      'Société Générale — “Ça” ‘x’',
    );
  });

  it('keeps a URL as it is but for braces, backslash and white space, percent-encoded', () => {
    expect(texUrl('https://x.test/a_b%20c/~u?x=1&y=2#f')).toBe('https://x.test/a_b%20c/~u?x=1&y=2#f');
    expect(texUrl('https://x.test/{a}\\b c')).toBe('https://x.test/%7Ba%7D%5Cb%20c');
  });
});
