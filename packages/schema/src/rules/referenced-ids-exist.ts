// Rule: every id that a section, a slide or a question refers to names something that exists.
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

function missing(id: string, known: ReadonlySet<string>, what: string, at: (string | number)[]): Problem[] {
  if (known.has(id)) return [];
  const choices = [...known].map((k) => `"${k}"`).join(', ');
  return [{ path: formatPath(at), message: `unknown ${what} id "${id}": expected one of ${choices}` }];
}

export const referencedIdsExist: LectureRule = {
  name: 'referenced-ids-exist',
  reads: 'lecture',
  description:
    'Every reference, term and figure id named by a section or a slide, and every slide a question cites, exists in the lecture.',
  check(lecture: Lecture): Problem[] {
    const referenceIds = new Set(lecture.references.map((r) => r.id));
    const termIds = new Set(lecture.terms.map((t) => t.id));
    const figureIds = new Set(lecture.figures.map((f) => f.id));
    const problems: Problem[] = [];
    lecture.sections.forEach((section, s) => {
      section.references.forEach((id, r) => {
        problems.push(...missing(id, referenceIds, 'reference', ['sections', s, 'references', r]));
      });
      section.slides.forEach((slide, i) => {
        slide.terms?.forEach((id, t) => {
          problems.push(...missing(id, termIds, 'term', ['sections', s, 'slides', i, 'terms', t]));
        });
        if (slide.exhibit?.type === 'figure') {
          problems.push(
            ...missing(slide.exhibit.figure, figureIds, 'figure', [
              'sections',
              s,
              'slides',
              i,
              'exhibit',
              'figure',
            ]),
          );
        }
      });
    });
    // A question cites a slide of a section: the one whose title and number its feedback names.
    const slideIds = new Set(lecture.sections.flatMap((section) => section.slides.map((slide) => slide.id)));
    lecture.questions.forEach((question, q) => {
      problems.push(...missing(question.slide, slideIds, 'slide', ['questions', q, 'slide']));
    });
    return problems;
  },
};
