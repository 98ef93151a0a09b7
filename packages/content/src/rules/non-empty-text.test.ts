import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { nonEmptyText } from './non-empty-text.ts';

describe('non-empty-text', () => {
  it('accepts the shipped lecture', () => {
    expect(nonEmptyText.check(freshLecture())).toEqual([]);
  });

  it('reports empty and whitespace-only text wherever it is, by path', () => {
    const lecture = freshLecture();
    lecture.sections[0]!.slides[0]!.bullets[2] = '  \t';
    lecture.terms[1]!.definition = '';
    lecture.frame.closing.title = '\u00a0';
    const problems = nonEmptyText.check(lecture);
    expect(problems).toEqual([
      { path: 'sections[0].slides[0].bullets[2]', message: 'whitespace-only text: expected words' },
      { path: 'frame.closing.title', message: 'whitespace-only text: expected words' },
      { path: 'terms[1].definition', message: 'empty text: expected words' },
    ]);
  });
});
