// Rule: no text in the lecture is empty or only whitespace; a blank bullet or cell is a gap on screen and paper.
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../schema/index.ts';
import type { Rule } from './rule.ts';

function walk(value: unknown, at: (string | number)[], problems: Problem[]): void {
  if (typeof value === 'string') {
    if (value.trim() === '') {
      problems.push({
        path: formatPath(at),
        message: `${value === '' ? 'empty' : 'whitespace-only'} text: expected words`,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, [...at, index], problems);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...at, key], problems);
  }
}

export const nonEmptyText: Rule = {
  name: 'non-empty-text',
  description: 'No string in the lecture is empty or whitespace only.',
  check(lecture: Lecture): Problem[] {
    const problems: Problem[] = [];
    walk(lecture, [], problems);
    return problems;
  },
};
