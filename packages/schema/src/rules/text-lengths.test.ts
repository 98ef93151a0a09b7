import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { validateLecture } from '../validate-lecture.ts';
import { textLengths } from './text-lengths.ts';

describe('text-lengths', () => {
  it('accepts the shipped lecture', () => {
    expect(textLengths.check(freshLecture())).toEqual([]);
  });

  it('bounds text by kind of field: prose and notes by pages, slide text by a slide', () => {
    const lecture = freshLecture();
    const section = lecture.sections[0]!;
    section.prose[0] = 'a '.repeat(10_000);
    section.slides[0]!.notes = 'b '.repeat(10_001);
    section.slides[0]!.bullets[1] = 'c '.repeat(2_500);
    section.slides[0]!.title = 'd '.repeat(2_501);
    // Counted in characters, not UTF-16 units: 5,000 emoji are 10,000 units and still a slide's worth.
    lecture.terms[0]!.term = '🧨'.repeat(5_000);
    lecture.terms[1]!.term = `${'🧨'.repeat(4_999)}\udc00\udc00`;
    expect(textLengths.check(lecture)).toEqual([
      {
        path: 'sections[0].slides[0].title',
        message:
          '5,002 characters ("d d d d d d d d d d …"): expected at most 5,000, more than a whole slide can show',
      },
      {
        path: 'sections[0].slides[0].notes',
        message:
          '20,002 characters ("b b b b b b b b b b …"): expected at most 20,000, more than five pages of the handout can show',
      },
      {
        path: 'terms[1].term',
        message: expect.stringMatching(/^5,001 characters \("(?:🧨){20}…"\): expected at most 5,000/),
      },
    ]);
  });

  it('refuses a 40 MB string in a field at once, and validation reads it no further', () => {
    const lecture = freshLecture();
    lecture.terms[0]!.definition = 'x'.repeat(40_000_000);
    lecture.terms[1]!.definition = '가상 '.repeat(13_000_000);
    lecture.terms[2]!.definition = '🧨'.repeat(20_000_000);
    // Flat, as JSON.parse makes them: `repeat` builds a rope that the first read flattens.
    for (const term of lecture.terms.slice(0, 3)) term.definition.charCodeAt(1);
    const started = performance.now();
    const result = validateLecture(lecture);
    const seconds = (performance.now() - started) / 1000;
    expect(result).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'terms[0].definition',
          message: expect.stringMatching(/^40,000,000 characters \("x{20}…"\): expected at most 20,000/),
        },
        { path: 'terms[1].definition', message: expect.stringMatching(/^39,000,000 characters/) },
        { path: 'terms[2].definition', message: expect.stringMatching(/^at least 20,000,000 characters/) },
      ],
    });
    expect(seconds).toBeLessThan(1);
  });
});
