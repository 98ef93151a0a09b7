// The question bank in GIFT, Moodle's plain-text question format: one `$CATEGORY:` per section of the lecture,
// then its questions (multiple choice, true/false, matching, short answer), each with a stable id, a name that
// says what is asked, and general feedback citing the slide that teaches the answer.
import { authorLine, type Lecture } from '@vmvc/content';
import { categoryPath, moodleShortAnswer } from './moodle-fields.ts';
import { type BankQuestion, bankCategories, lmsQuestionId, lmsTag, questionBank } from './question-bank.ts';

/**
 * Text for GIFT: a backslash before each character GIFT reads as syntax (`~ = # { } :` and the backslash
 * itself), line breaks as `\n`. A value that opens with `[` or `%` gets an explicit `[plain]`, so that a
 * leading `[html]` is not read as a format nor a leading `%50%` as an answer's weight.
 */
export function giftText(text: string): string {
  const escaped = text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/[\\~=#{}:]/g, '\\$&')
    .replace(/\n/g, '\\n');
  return /^[[%]/.test(escaped) ? `[plain]${escaped}` : escaped;
}

/** GIFT text without the `[plain]` that `giftText` may put first, where the format is already set. */
const giftPlain = (text: string) => giftText(text).replace(/^\[plain]/, '');

/** HTML for a GIFT field in Moodle's HTML format: the characters HTML reads escaped, then GIFT's escapes. */
function giftHtml(text: string): string {
  const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `[html]${giftPlain(html)}`;
}

/**
 * A matching prompt. GIFT has no escape for `->`, which ends a prompt, so a prompt that contains one is written
 * in Moodle's HTML format with `-&gt;`: Moodle and gift-pegjs split each pair at its first `->`.
 */
function matchingPrompt(prompt: string): string {
  return prompt.includes('->') ? giftHtml(prompt) : giftText(prompt);
}

/**
 * A first answer `=... -> ...` reads as a matching question to gift-pegjs (Moodle tells them apart by the `~`
 * of the wrong answers): such a correct answer moves to second place.
 */
function notLikeMatching(
  choices: { text: string; correct: boolean }[],
): { text: string; correct: boolean }[] {
  const [first, second, ...rest] = choices;
  return first?.correct && second && first.text.includes('->') ? [second, first, ...rest] : choices;
}

/** A comment line: no line breaks, and no `[` that Moodle could take for `[id:...]` or `[tag:...]`. */
function giftComment(text: string): string {
  return `// ${text.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/]/g, ')').trim()}`;
}

/**
 * The answers of a short-answer question that GIFT can write. Moodle reads answers with `=` and `->` as a
 * matching question, and GIFT has no escape for `->`: such an answer is left out here (Moodle XML and QTI keep it).
 */
export function giftShortAnswers(answers: readonly string[]): string[] {
  return answers.filter((answer) => !answer.includes('->'));
}

function giftAnswers(question: BankQuestion): string[] | null {
  switch (question.type) {
    case 'multiple-choice':
      return notLikeMatching(question.choices).map((c) => `${c.correct ? '=' : '~'}${giftText(c.text)}`);
    case 'true-false':
      return [question.answer ? 'TRUE' : 'FALSE'];
    case 'matching':
      // The answer after `->` is plain text to Moodle and gift-pegjs alike: no format, no weight.
      return question.pairs.map((p) => `=${matchingPrompt(p.prompt)} -> ${giftPlain(p.answer)}`);
    case 'short-answer': {
      const answers = giftShortAnswers(question.answers);
      return answers.length > 0 ? answers.map((a) => `=${giftText(moodleShortAnswer(a))}`) : null;
    }
  }
}

function giftQuestion(question: BankQuestion): string | null {
  const answers = giftAnswers(question);
  if (!answers) return null;
  return [
    `// [id:${lmsQuestionId(question)}] [tag:${lmsTag}] [tag:${question.type}] [tag:${question.origin}]`,
    // Plain text: Moodle shows it as written and escapes any HTML in it; the answers inherit the format.
    `::${giftPlain(question.name)}::[plain]${giftPlain(question.stem)} {`,
    ...answers,
    `####${giftText(question.feedback)}`,
    '}',
  ].join('\n');
}

/**
 * A `$CATEGORY:` line. Moodle reads it after undoing `\\` but not the other escapes, and to the end of the line:
 * backslashes are doubled and line breaks become spaces (in `categoryPath`), nothing else is escaped.
 */
function giftCategory(path: string): string {
  return `$CATEGORY: ${path.replace(/\\/g, '\\\\')}`;
}

/** The question bank as a GIFT file for Moodle's question bank import (Import > GIFT format). */
export function exportGift(lecture: Lecture): string {
  const categories = bankCategories(questionBank(lecture));
  const blocks: string[] = [];
  let count = 0;
  for (const category of categories) {
    const questions = category.questions.flatMap((q) => giftQuestion(q) ?? []);
    if (questions.length === 0) continue;
    count += questions.length;
    blocks.push(giftCategory(categoryPath(lecture, category)), ...questions);
  }
  const header = [
    giftComment(
      `${lecture.meta.title} by ${authorLine(lecture.meta.authors)}, ${lecture.meta.license}: a question bank of ${count} questions.`,
    ),
    giftComment(`Generated by @vmvc/content ${lecture.meta.version}; edit the lecture, not this file.`),
  ];
  return `${[header.join('\n'), ...blocks].join('\n\n')}\n`;
}
