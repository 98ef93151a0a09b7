import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { comparisonBothSides } from './comparison-both-sides.ts';

describe('comparison-both-sides', () => {
  it('accepts the shipped lecture', () => {
    expect(comparisonBothSides.check(freshLecture())).toEqual([]);
  });

  it('reports a row without a container side', () => {
    const lecture = freshLecture();
    lecture.comparison.rows[2]!.container = ' ';
    const problems = comparisonBothSides.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['comparison.rows[2].container']);
    expect(problems[0]!.message).toBe('row "speed" has no container side: expected text for both sides');
  });

  it('reports a row that says the same for both sides', () => {
    const lecture = freshLecture();
    lecture.comparison.rows[1]!.vm = lecture.comparison.rows[1]!.container;
    expect(comparisonBothSides.check(lecture).map((p) => p.path)).toEqual(['comparison.rows[1]']);
  });
});
