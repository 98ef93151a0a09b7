import { describe, expect, it } from 'vitest';
import { freshLecture, problemLines } from '../test-support/fixtures.ts';
import { drawableText } from './drawable-text.ts';

const expected = 'expected characters the deck, the PDFs and the PowerPoint can draw';
const noGlyph = "the lecture's font (Noto Sans KR) has no glyph for it";

/** The messages of the rule for one string put at `terms[0].definition`. */
function messagesFor(text: string): string[] {
  const lecture = freshLecture();
  lecture.terms[0]!.definition = text;
  return drawableText.check(lecture).map((p) => `${p.path}: ${p.message}`);
}

describe('drawable-text', () => {
  it('accepts the shipped lecture, its Hangul and its own punctuation', () => {
    const lecture = freshLecture();
    expect(drawableText.check(lecture)).toEqual([]);
    // What the lecture writes beyond ASCII: Hangul and the typographic apostrophe.
    const own = [...new Set(JSON.stringify(lecture))].filter((c) => c > '\u007f');
    expect(own).toEqual(expect.arrayContaining(['김', '가', '’']));
    expect(messagesFor(own.join(''))).toEqual([]);
    // The first and the last Hangul syllable, a Hangul letter, and the marks the renderers write themselves.
    expect(messagesFor('가 힣 ㄱ 김정현 → ← · … “quoted” ‘x’ – — × ©')).toEqual([]);
  });

  it('refuses an emoji the font has no glyph for, naming the path, the character and why', () => {
    const lecture = freshLecture();
    lecture.sections[1]!.slides[0]!.bullets[2] = 'Containers go 🧨 at scale';
    expect(drawableText.check(lecture)).toEqual([
      {
        path: 'sections[1].slides[0].bullets[2]',
        message: `U+1F9E8 "🧨" at character 15 cannot be shown: ${noGlyph}; ${expected}`,
      },
    ]);
  });

  it('refuses a letter of a script the font lacks: Thai U+0E01', () => {
    expect(messagesFor('A Thai ก')).toEqual([
      `terms[0].definition: U+0E01 "ก" at character 8 cannot be shown: ${noGlyph}; ${expected}`,
    ]);
  });

  it('refuses noncharacters on every plane, unquoted', () => {
    for (const [char, at] of [
      ['\uFFFF', 'U+FFFF'],
      ['\uFFFE', 'U+FFFE'],
      ['\uFDD0', 'U+FDD0'],
      ['\uFDEF', 'U+FDEF'],
      ['\u{1FFFE}', 'U+1FFFE'],
      ['\u{10FFFF}', 'U+10FFFF'],
    ] as const) {
      expect(messagesFor(`before ${char} after`)).toEqual([
        `terms[0].definition: ${at} at character 8 cannot be shown: it is a noncharacter, which Unicode keeps for use inside programs and no font draws; ${expected}`,
      ]);
    }
  });

  it('refuses private-use characters (U+E000, plane 15) and an unassigned code point (U+0378)', () => {
    expect(messagesFor('a \uE000 b \u{F0000} c \u0378')).toEqual([
      `terms[0].definition: U+E000 at character 3 cannot be shown: it is a private-use character, whose glyph depends on a font the outputs do not carry; ${expected}`,
      `terms[0].definition: U+F0000 at character 7 cannot be shown: it is a private-use character, whose glyph depends on a font the outputs do not carry; ${expected}`,
      `terms[0].definition: U+0378 at character 11 cannot be shown: it is unassigned in Unicode; ${expected}`,
    ]);
  });

  it('names each character once per string, and at most five, counting the rest', () => {
    expect(messagesFor('🧨 🧨 🧨 and 🧨')).toHaveLength(1);
    const fifty = Array.from({ length: 50 }, (_, i) => String.fromCodePoint(0x1f600 + i)).join('');
    const messages = messagesFor(fifty.repeat(100));
    expect(messages).toHaveLength(6);
    expect(messages[0]).toMatch(/^terms\[0\]\.definition: U\+1F600 "😀" at character 1 cannot be shown/);
    expect(messages[5]).toBe(
      `terms[0].definition: 45 more characters that cannot be shown (U+1F605, U+1F606, U+1F607, …); ${expected}`,
    );
  });

  it('leaves controls, bidirectional controls and lone surrogates to readable-text, and allows a line feed', () => {
    expect(messagesFor('one\ntwo')).toEqual([]);
    expect(messagesFor('tab\there \u202E \ud83d end')).toEqual([]);
    // validateLecture reports each of them once, by the rule that owns it.
    const lecture = freshLecture();
    lecture.terms[0]!.definition = 'a \u0007 b';
    lecture.terms[1]!.definition = 'a \uFFFF b';
    expect(problemLines(lecture)).toEqual([
      'terms[0].definition: control character U+0007 at character 3: expected printable text',
      `terms[1].definition: U+FFFF at character 3 cannot be shown: it is a noncharacter, which Unicode keeps for use inside programs and no font draws; ${expected}`,
    ]);
  });

  it('reads any value, so its problems come beside the schema’s for a lecture of the wrong shape', () => {
    expect(drawableText.check({ meta: { title: ['ok', 'x 🧨'] } })).toEqual([
      {
        path: 'meta.title[1]',
        message: `U+1F9E8 "🧨" at character 3 cannot be shown: ${noGlyph}; ${expected}`,
      },
    ]);
  });
});
