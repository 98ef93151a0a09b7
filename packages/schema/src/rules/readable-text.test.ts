import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { readableText } from './readable-text.ts';

const messagesAt = (path: string, lecture: ReturnType<typeof freshLecture>) =>
  readableText
    .check(lecture)
    .filter((p) => p.path === path)
    .map((p) => p.message);

describe('readable-text', () => {
  it('accepts the shipped lecture', () => {
    expect(readableText.check(freshLecture())).toEqual([]);
  });

  it('reports empty and whitespace-only text wherever it is, by path', () => {
    const lecture = freshLecture();
    lecture.sections[0]!.slides[0]!.bullets[2] = '  \t';
    lecture.terms[1]!.definition = '';
    lecture.frame.closing.title = '\u00a0';
    expect(readableText.check(lecture)).toEqual([
      {
        path: 'sections[0].slides[0].bullets[2]',
        message: 'control character U+0009 at character 3: expected printable text',
      },
      { path: 'sections[0].slides[0].bullets[2]', message: 'whitespace-only text: expected words' },
      { path: 'frame.closing.title', message: 'whitespace-only text: expected words' },
      { path: 'terms[1].definition', message: 'empty text: expected words' },
    ]);
  });

  it('refuses text that draws nothing: a zero-width space, the Hangul filler, a blank Braille cell', () => {
    for (const text of ['\u200b', '\u3164\u3164', '\u2800', '\u200b \ufeff']) {
      const lecture = freshLecture();
      lecture.terms[0]!.term = text;
      expect(messagesAt('terms[0].term', lecture)).toEqual([
        expect.stringMatching(/^no visible character \(only U\+[0-9A-F]{4}.*\): expected words$/),
      ]);
    }
  });

  it('refuses a bidirectional override, which shows "user\u202Egnp.exe" as "userexe.png"', () => {
    const lecture = freshLecture();
    lecture.products[0]!.name = 'user\u202Egnp.exe';
    expect(messagesAt('products[0].name', lecture)).toEqual([
      'bidirectional control U+202E at character 5: expected none (it reorders what readers see)',
    ]);
  });

  it('refuses NUL, ESC and a lone surrogate, which the outputs would turn into � or terminal commands', () => {
    const lecture = freshLecture();
    lecture.meta.subtitle = 'a\u0000b';
    lecture.terms[2]!.definition = 'red \u001b[31m text';
    lecture.frame.glossary.title = 'broken \ud83d pair';
    expect(messagesAt('meta.subtitle', lecture)).toEqual([
      'control character U+0000 at character 2: expected printable text',
    ]);
    expect(messagesAt('terms[2].definition', lecture)).toEqual([
      'control character U+001B at character 5: expected printable text',
    ]);
    expect(messagesAt('frame.glossary.title', lecture)).toEqual([
      'a lone surrogate U+D83D at character 8: expected well-formed Unicode text (it would print as �)',
    ]);
    // A whole pair is well-formed text; whether the font draws it is the drawable-text rule's question.
    lecture.frame.glossary.title = 'Glossary \ud83d\udcd6';
    expect(messagesAt('frame.glossary.title', lecture)).toEqual([]);
  });

  it('bounds words and URLs to what a line can hold and a QR code can encode, and says the bound', () => {
    const lecture = freshLecture();
    lecture.sections[0]!.prose[0] = `See ${'a'.repeat(10_000)} here`;
    lecture.references[0]!.URL = `https://example.org/${'x'.repeat(10_000)}`;
    lecture.sections[1]!.prose[0] = `A long link https://example.org/${'p/'.repeat(60)} is fine in prose`;
    expect(messagesAt('sections[0].prose[0]', lecture)).toEqual([
      'a word of 10,000 characters ("aaaaaaaaaaaaaaaaaaaa…"): expected at most 60, which a slide line and a page line can hold',
    ]);
    expect(messagesAt('references[0].URL', lecture)).toEqual([
      'a URL of 10,020 bytes ("https://example.org/…"): expected at most 2,000, which browsers and a QR code can hold',
    ]);
    expect(messagesAt('sections[1].prose[0]', lecture)).toEqual([]);
    // 700 Hangul characters are 2,100 bytes: more than a QR code of the reference list can carry well.
    lecture.references[1]!.URL = `https://example.org/${'가'.repeat(700)}`;
    expect(messagesAt('references[1].URL', lecture)).toEqual([
      expect.stringMatching(/^a URL of 2,120 bytes .*expected at most 2,000/),
    ]);
  });
});
