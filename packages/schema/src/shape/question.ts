// A question of the lecture's question bank, as the lecturer writes it: what is asked, the right answer and the
// wrong ones, why the answer is right, and the slide that teaches it. The exports (GIFT, Moodle XML, QTI) add
// the questions generated from the glossary and the products, and cite the slide in every feedback.
import { z } from 'zod';
import { Id, Text } from './common.ts';

// Every question opens with what it is and where it is taught, and closes with why its answer is right; the
// fields in between are its type's. (A validated lecture keeps this order, so data.json reads like the data.)
const questionHead = {
  id: Id,
  slide: Id.meta({
    description: 'The id of the section slide that teaches the answer; the feedback cites it.',
  }),
  name: Text.meta({
    description:
      'What is asked, in a few words: the name a question bank lists the question by. It must not give the answer away.',
  }),
};
const questionTail = {
  feedback: Text.meta({
    description:
      'Why the answer is right, shown after the attempt; the exports add the slide that teaches it.',
  }),
};

export const MultipleChoiceQuestion = z.strictObject({
  type: z.literal('multiple-choice'),
  ...questionHead,
  stem: Text,
  correct: Text.meta({ description: 'The one correct answer.' }),
  distractors: z
    .array(Text)
    .min(2)
    .meta({ description: 'Plausible wrong answers, each false by what the lecture teaches.' }),
  ...questionTail,
});
export type MultipleChoiceQuestion = z.infer<typeof MultipleChoiceQuestion>;

export const TrueFalseQuestion = z.strictObject({
  type: z.literal('true-false'),
  ...questionHead,
  statement: Text,
  answer: z.boolean().meta({ description: 'Whether the statement is true.' }),
  ...questionTail,
});
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>;

export const MatchingPair = z.strictObject({
  prompt: Text,
  answer: Text.meta({ description: 'What the prompt matches; several prompts may share one answer.' }),
});
export type MatchingPair = z.infer<typeof MatchingPair>;

export const MatchingQuestion = z.strictObject({
  type: z.literal('matching'),
  ...questionHead,
  stem: Text,
  // Moodle's matching question needs at least two prompts and three answers to save.
  pairs: z.array(MatchingPair).min(3),
  ...questionTail,
});
export type MatchingQuestion = z.infer<typeof MatchingQuestion>;

export const ShortAnswerQuestion = z.strictObject({
  type: z.literal('short-answer'),
  ...questionHead,
  stem: Text,
  answers: z.array(Text).min(1).meta({
    description:
      'Every answer accepted as right, compared without regard to letter case; the first is shown as the answer.',
  }),
  ...questionTail,
});
export type ShortAnswerQuestion = z.infer<typeof ShortAnswerQuestion>;

export const Question = z.discriminatedUnion('type', [
  MultipleChoiceQuestion,
  TrueFalseQuestion,
  MatchingQuestion,
  ShortAnswerQuestion,
]);
export type Question = z.infer<typeof Question>;
export type QuestionType = Question['type'];
