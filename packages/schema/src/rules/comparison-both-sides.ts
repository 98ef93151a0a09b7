// Rule: every comparison row says something about both sides, and not the same thing twice.
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

export const comparisonBothSides: LectureRule = {
  name: 'comparison-both-sides',
  reads: 'lecture',
  description: 'Every comparison row has a VM side and a container side, and the two differ.',
  check(lecture: Lecture): Problem[] {
    const problems: Problem[] = [];
    lecture.comparison.rows.forEach((row, index) => {
      for (const side of ['vm', 'container'] as const) {
        if (row[side].trim() === '') {
          problems.push({
            path: formatPath(['comparison', 'rows', index, side]),
            message: `row "${row.id}" has no ${side === 'vm' ? 'VM' : 'container'} side: expected text for both sides`,
          });
        }
      }
      if (row.vm.trim() !== '' && row.vm.trim() === row.container.trim()) {
        problems.push({
          path: formatPath(['comparison', 'rows', index]),
          message: `row "${row.id}" says "${row.vm}" for both sides: expected the sides to differ`,
        });
      }
    });
    return problems;
  },
};
