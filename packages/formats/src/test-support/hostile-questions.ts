// The hostile lecture (./hostile-lecture.ts) with a question of every type whose text is syntax in GIFT, Moodle
// XML or QTI: escapes, `->` (GIFT has no escape for it), `*` (Moodle's short-answer wildcard), `]]>`, a leading
// `[html]` or `%50%`, Hangul, and section titles with `/` and `\:` for Moodle's category paths.
import type { Lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { everySpecial, hostileLecture } from './hostile-lecture.ts';

export function hostileQuestionLecture(): Lecture {
  const lecture = hostileLecture();
  lecture.sections[3]!.title = 'Architecture / layers \\: {x} // 김정현 /';
  lecture.sections[4]!.title = '/ Comparison ]]> <b>&amp;</b>';
  lecture.questions = [
    {
      type: 'multiple-choice',
      id: 'hostile-choice',
      slide: 'why-isolation',
      name: 'Choice: "[id:evil]" {=~#:} -> *x*',
      stem: `Which one? ${everySpecial}`,
      correct: 'a -> b, the right one {=}',
      distractors: ['[html]<b>not bold</b>', '%50% weighted', 'ends in ]]> and \\ back\\slash'],
      feedback: `Because ${everySpecial}`,
    },
    {
      type: 'true-false',
      id: 'hostile-statement',
      slide: 'virtualization-levels',
      name: 'Statement #1: TRUE {T}',
      statement: `FALSE is not the answer: ${everySpecial}`,
      answer: true,
      feedback: 'T\nover two lines ####',
    },
    {
      type: 'matching',
      id: 'hostile-matching',
      slide: 'comparison',
      name: 'Matching :: x',
      stem: 'Match = these -> those',
      pairs: [
        { prompt: 'left -> right', answer: 'arrow -> kept' },
        { prompt: '[html]<i>raw</i> & co', answer: '%50% {~} 김정현' },
        { prompt: 'back\\slash = \\n', answer: 'ends in ]]>' },
      ],
      feedback: `Pairs ${everySpecial}`,
    },
    {
      type: 'short-answer',
      id: 'hostile-short',
      slide: 'use-cases',
      name: 'Short answer: a*b',
      stem: 'Type the product of a and b, written with a star.',
      answers: ['a*b', 'x -> y', '%50%', '커널 \\ {=}'],
      feedback: `Stars ${everySpecial}`,
    },
  ];
  const result = validateLecture(lecture);
  if (!result.ok) {
    throw new Error(
      `the hostile question fixture is not a valid lecture: ${JSON.stringify(result.problems)}`,
    );
  }
  return result.lecture;
}
