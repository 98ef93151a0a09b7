// Rule: a source cannot be read before it was published: `accessed` is not earlier than `issued`.
import { formatPath, type Problem } from '../problem.ts';
import type { CslDate, Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

function isoOf(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0];
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const accessedNotBeforeIssued: LectureRule = {
  name: 'accessed-not-before-issued',
  reads: 'lecture',
  description: "A reference's accessed date is not earlier than its issued date.",
  check(lecture: Lecture): Problem[] {
    const problems: Problem[] = [];
    lecture.references.forEach((reference, index) => {
      if (!reference.issued) return;
      const issued = isoOf(reference.issued);
      const accessed = isoOf(reference.accessed);
      if (accessed < issued) {
        problems.push({
          path: formatPath(['references', index, 'accessed']),
          message: `accessed ${accessed} is before issued ${issued}: expected a date on or after the issued date`,
        });
      }
    });
    return problems;
  },
};
