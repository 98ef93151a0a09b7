// Rule: ids are unique within each collection, so every lookup by id finds exactly one thing.
import { formatPath, type Problem } from '../problem.ts';
import { frameSlideIdPattern, generatedQuestionIdPattern } from '../reserved-ids.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

type Path = (string | number)[];

function duplicates(items: readonly { id: string }[], at: Path, what: string): Problem[] {
  const firstSeen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const first = firstSeen.get(item.id);
    if (first === undefined) {
      firstSeen.set(item.id, index);
    } else {
      problems.push({
        path: formatPath([...at, index, 'id']),
        message: `duplicate ${what} id "${item.id}": expected ids unique among ${what}s (first used at ${formatPath([...at, first, 'id'])})`,
      });
    }
  });
  return problems;
}

export const uniqueIds: LectureRule = {
  name: 'unique-ids',
  reads: 'lecture',
  description:
    'Ids are unique among sections, slides, terms, products, comparison rows, key differences, use cases, figures, references, questions, the layers of each stack figure and the lanes and steps of each flow.',
  check(lecture: Lecture): Problem[] {
    const problems: Problem[] = [
      ...duplicates(lecture.sections, ['sections'], 'section'),
      ...duplicates(lecture.terms, ['terms'], 'term'),
      ...duplicates(lecture.products, ['products'], 'product'),
      ...duplicates(lecture.comparison.rows, ['comparison', 'rows'], 'comparison row'),
      ...duplicates(lecture.keyDifferences, ['keyDifferences'], 'key difference'),
      ...duplicates(lecture.profiles.vm.useCases, ['profiles', 'vm', 'useCases'], 'use case'),
      ...duplicates(lecture.profiles.container.useCases, ['profiles', 'container', 'useCases'], 'use case'),
      ...duplicates(lecture.figures, ['figures'], 'figure'),
      ...duplicates(lecture.references, ['references'], 'reference'),
      ...duplicates(lecture.questions, ['questions'], 'question'),
    ];

    // A question's id is its id in every LMS it is imported into (Moodle's idnumber, a QTI item), beside the
    // questions generated from the glossary and the products: it must not take one of theirs.
    lecture.questions.forEach((question, q) => {
      if (generatedQuestionIdPattern.test(question.id)) {
        problems.push({
          path: formatPath(['questions', q, 'id']),
          message: `question id "${question.id}" is reserved for the questions generated from the glossary and the products (glossary-…, products-…): expected another id`,
        });
      }
    });

    // Slide ids become the deck's deep links (#/comparison), so they are unique across the whole lecture
    // and must not take the ids of the slides the sequence adds around the sections.
    const slideSeen = new Map<string, Path>();
    lecture.sections.forEach((section, s) => {
      section.slides.forEach((slide, i) => {
        const at: Path = ['sections', s, 'slides', i, 'id'];
        const first = slideSeen.get(slide.id);
        if (first) {
          problems.push({
            path: formatPath(at),
            message: `duplicate slide id "${slide.id}": expected slide ids unique across all sections (first used at ${formatPath(first)})`,
          });
        } else {
          slideSeen.set(slide.id, at);
        }
        if (frameSlideIdPattern.test(slide.id)) {
          problems.push({
            path: formatPath(at),
            message: `slide id "${slide.id}" is reserved for the slides around the sections (title, glossary, references, closing): expected another id`,
          });
        }
      });
    });

    lecture.figures.forEach((figure, f) => {
      if (figure.kind === 'flow') {
        problems.push(...duplicates(figure.lanes, ['figures', f, 'lanes'], 'lane'));
        figure.lanes.forEach((lane, l) => {
          problems.push(...duplicates(lane.steps, ['figures', f, 'lanes', l, 'steps'], 'step'));
        });
        return;
      }
      problems.push(...duplicates(figure.stacks, ['figures', f, 'stacks'], 'stack'));
      figure.stacks.forEach((stack, s) => {
        problems.push(...duplicates(stack.host, ['figures', f, 'stacks', s, 'host'], 'layer'));
        problems.push(...duplicates(stack.guests, ['figures', f, 'stacks', s, 'guests'], 'guest'));
        stack.guests.forEach((guest, g) => {
          problems.push(
            ...duplicates(guest.layers, ['figures', f, 'stacks', s, 'guests', g, 'layers'], 'layer'),
          );
        });
      });
    });
    return problems;
  },
};
