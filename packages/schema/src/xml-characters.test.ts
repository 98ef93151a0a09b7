import { describe, expect, it } from 'vitest';
import { freshLecture } from './test-support/fixtures.ts';
import { assertXmlCharacters, XmlCharacterError } from './xml-characters.ts';

const allowed =
  'expected characters XML 1.0 allows (#x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF)';

describe('assertXmlCharacters', () => {
  it('lets the shipped lecture through, and what XML 1.0 allows: tab, line breaks, Hangul, astral, U+FFFD', () => {
    expect(() => assertXmlCharacters(freshLecture(), 'QTI')).not.toThrow();
    expect(() =>
      assertXmlCharacters({ a: ['\t\n\r 가 \uFFFD \u{10000} \u{10FFFF} \uE000'] }, 'QTI'),
    ).not.toThrow();
  });

  it('refuses U+FFFF, naming the output, the field, the character and what XML allows', () => {
    const lecture = freshLecture();
    lecture.terms[2]!.definition = 'a 김 \uFFFF b';
    expect(() => assertXmlCharacters(lecture, 'the PowerPoint')).toThrow(
      new XmlCharacterError(
        'the PowerPoint',
        'terms[2].definition',
        'U+FFFF',
        `the PowerPoint: terms[2].definition: U+FFFF at character 5 cannot be written: XML 1.0 does not allow it; ${allowed}`,
      ),
    );
  });

  it('refuses every other character XML 1.0 forbids: controls, U+FFFE and lone surrogates', () => {
    for (const [text, character] of [
      ['a\u0000', 'U+0000'],
      ['a\u0008', 'U+0008'],
      ['a\u000B', 'U+000B'],
      ['a\u001F', 'U+001F'],
      ['a\uFFFE', 'U+FFFE'],
      ['a\uD83D', 'U+D83D'],
      ['a\uDCA9', 'U+DCA9'],
    ]) {
      let error: unknown;
      try {
        assertXmlCharacters({ meta: { title: text } }, 'Moodle XML');
      } catch (thrown) {
        error = thrown;
      }
      expect(error, character).toBeInstanceOf(XmlCharacterError);
      expect((error as XmlCharacterError).message, character).toBe(
        `Moodle XML: meta.title: ${character} at character 2 cannot be written: XML 1.0 does not allow it; ${allowed}`,
      );
    }
  });
});
