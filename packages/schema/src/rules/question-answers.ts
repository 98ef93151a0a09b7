// Rule: every question can be answered fairly. Its answers differ from each other (a wrong answer that reads
// like the right one, or two prompts alike, cannot be told apart), a matching question has at least two
// different answers to choose from, and no stem contains its own correct answer.
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

type Path = (string | number)[];

/** How answers are compared: letter case and runs of white space aside, as Moodle compares short answers. */
const normalized = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether the text contains the phrase as whole words, letter case and runs of white space aside. */
export function mentions(text: string, phrase: string): boolean {
  const words = normalized(phrase);
  if (words === '') return false;
  const pattern = words.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(normalized(text));
}

/** A problem for each text that reads like an earlier one of the list (or like `first`, when given). */
function alike(
  texts: readonly string[],
  at: Path,
  what: string,
  first?: { text: string; what: string },
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  texts.forEach((text, i) => {
    const key = normalized(text);
    const earlier = seen.get(key);
    if (first && key === normalized(first.text)) {
      problems.push({
        path: formatPath([...at, i]),
        message: `"${text}" reads like the ${first.what}: expected ${what}s that differ from it`,
      });
    } else if (earlier !== undefined) {
      problems.push({
        path: formatPath([...at, i]),
        message: `"${text}" reads like ${formatPath([...at, earlier])}: expected ${what}s that differ from each other`,
      });
    } else {
      seen.set(key, i);
    }
  });
  return problems;
}

function givesAway(stem: string, answers: readonly string[], at: Path): Problem[] {
  const given = answers.find((answer) => mentions(stem, answer));
  return given === undefined
    ? []
    : [
        {
          path: formatPath([...at, 'stem']),
          message: `the stem contains the answer "${given}": expected a stem that does not give the answer away`,
        },
      ];
}

export const questionAnswers: LectureRule = {
  name: 'question-answers',
  reads: 'lecture',
  description:
    "Every question's answers differ from each other, a matching question offers two answers or more, and no stem contains its correct answer.",
  check(lecture: Lecture): Problem[] {
    return lecture.questions.flatMap((question, q): Problem[] => {
      const at: Path = ['questions', q];
      switch (question.type) {
        case 'multiple-choice':
          return [
            ...alike(question.distractors, [...at, 'distractors'], 'wrong answer', {
              text: question.correct,
              what: 'correct answer',
            }),
            ...givesAway(question.stem, [question.correct], at),
          ];
        case 'short-answer':
          return [
            ...alike(question.answers, [...at, 'answers'], 'accepted answer'),
            ...givesAway(question.stem, question.answers, at),
          ];
        case 'matching': {
          const answers = new Set(question.pairs.map((pair) => normalized(pair.answer)));
          return [
            ...alike(
              question.pairs.map((pair) => pair.prompt),
              [...at, 'pairs'],
              'prompt',
            ).map((p) => ({ ...p, path: `${p.path}.prompt` })),
            ...(answers.size < 2
              ? [
                  {
                    path: formatPath([...at, 'pairs']),
                    message: `every prompt has the answer "${question.pairs[0]?.answer}": expected at least two different answers to choose from`,
                  },
                ]
              : []),
          ];
        }
        default:
          // A true/false question has one statement and no answers to compare.
          return [];
      }
    });
  },
};
