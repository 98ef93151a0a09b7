// A Moodle quiz in GIFT, generated from the lecture: glossary terms both ways, the comparison table and the
// product examples. The same lecture always gives the same questions, answers and order.
import { authorLine } from '../author-line.ts';
import type { Lecture, Term } from '../schema/index.ts';
import { comparisonSection, productsSection, sectionDefiningTerm } from './where-taught.ts';

export type QuizQuestionKind = 'term-to-definition' | 'definition-to-term' | 'comparison' | 'product-kind';

/** One multiple-choice question with exactly one correct answer. */
export interface QuizQuestion {
  /** Stable id, written as Moodle's `[id:...]` so a re-import updates the question. */
  id: string;
  kind: QuizQuestionKind;
  title: string;
  stem: string;
  /** The answers in the order written; exactly one is correct. */
  answers: { text: string; correct: boolean }[];
  /** General feedback: the right answer and the section of the lecture that teaches it. */
  feedback: string;
}

const distractorCount = 3;

/**
 * Puts the correct answer at a position that moves from question to question, without randomness.
 * A wrong answer that reads the same as the right one, or as another wrong one, is left out.
 */
function place(correct: string, wrong: string[], index: number): QuizQuestion['answers'] {
  const distinct = [...new Set(wrong)].filter((text) => text !== correct);
  const answers = distinct.map((text) => ({ text, correct: false }));
  answers.splice(index % (distinct.length + 1), 0, { text: correct, correct: true });
  return answers;
}

/**
 * GIFT has no escape for `->`, and a question whose first answer is `=... -> ...` reads as a matching
 * question to some parsers (gift-pegjs). Such a correct answer moves to second place.
 */
function notLikeMatching(answers: QuizQuestion['answers']): QuizQuestion['answers'] {
  const [first, second, ...rest] = answers;
  return first?.correct && second && first.text.includes('->') ? [second, first, ...rest] : answers;
}

/** Up to three other terms, the ones that follow this one in the glossary (wrapping around). */
function otherTerms(terms: readonly Term[], index: number): Term[] {
  const others: Term[] = [];
  for (let step = 1; step < terms.length && others.length < distractorCount; step++) {
    const other = terms[(index + step) % terms.length];
    if (other) others.push(other);
  }
  return others;
}

/** Blanks the term out of its own definition so that the question does not give the answer away. */
function withoutTerm(definition: string, term: string): string {
  const short = term.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const abbreviation = /\(([^)]+)\)\s*$/.exec(term)?.[1]?.trim();
  const names = [term, short, abbreviation]
    .filter((n): n is string => !!n)
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return definition.replace(pattern, '____');
}

function taughtIn(title: string | undefined, fallback: string): string {
  return `See the section “${title ?? fallback}”.`;
}

/** The quiz as data: glossary questions both ways, two per comparison row, one per product. */
export function quizQuestions(lecture: Lecture): QuizQuestion[] {
  const questions: QuizQuestion[] = [];
  const { terms, comparison, products } = lecture;
  const glossary = lecture.frame.glossary.title;

  if (terms.length > 1) {
    terms.forEach((term, i) => {
      const others = otherTerms(terms, i);
      const where = taughtIn(sectionDefiningTerm(lecture, term.id)?.title, glossary);
      questions.push({
        id: `term-${term.id}-definition`,
        kind: 'term-to-definition',
        title: `${glossary}: ${term.term}`,
        stem: `Which definition fits the term “${term.term}”?`,
        // Each definition with its own term blanked out, or the answers would name their terms.
        answers: place(
          withoutTerm(term.definition, term.term),
          others.map((t) => withoutTerm(t.definition, t.term)),
          i,
        ),
        feedback: `${term.term}: ${term.definition} ${where}`,
      });
      questions.push({
        id: `term-${term.id}-term`,
        kind: 'definition-to-term',
        title: `${glossary}: which term? (${i + 1})`,
        stem: `Which term does this definition describe? “${withoutTerm(term.definition, term.term)}”`,
        answers: place(
          term.term,
          others.map((t) => t.term),
          i + 1,
        ),
        feedback: `${term.term}: ${term.definition} ${where}`,
      });
    });
  }

  const { vm: vmLabel, container: containerLabel } = comparison.columns;
  const comparedIn = taughtIn(comparisonSection(lecture)?.title, comparison.title);
  for (const row of comparison.rows) {
    for (const side of ['vm', 'container'] as const) {
      const other = side === 'vm' ? 'container' : 'vm';
      questions.push({
        id: `comparison-${row.id}-${side}`,
        kind: 'comparison',
        // The title is what a teacher sees in the question bank; it names the row, not the answer.
        title: `${comparison.title}: ${row.aspect} (${side === 'vm' ? 1 : 2})`,
        stem: `${row.aspect}: which one is described as “${row[side]}”?`,
        answers: [
          { text: vmLabel, correct: side === 'vm' },
          { text: containerLabel, correct: side === 'container' },
        ],
        feedback: `${row.aspect}: ${comparison.columns[side]}: ${row[side]}; ${comparison.columns[other]}: ${row[other]}. ${comparedIn}`,
      });
    }
  }

  for (const product of products) {
    const label = comparison.columns[product.kind];
    questions.push({
      id: `product-${product.id}`,
      kind: 'product-kind',
      title: `${product.name}: ${vmLabel} or ${containerLabel}?`,
      stem: `Which does “${product.name}” belong to?`,
      answers: [
        { text: vmLabel, correct: product.kind === 'vm' },
        { text: containerLabel, correct: product.kind === 'container' },
      ],
      feedback: `${product.name} is one of the lecture's examples of ${label}: ${product.description} ${taughtIn(productsSection(lecture, product.kind)?.title, label)}`,
    });
  }
  // A question needs a wrong answer to choose from; without one, Moodle would read it as short answer.
  return questions
    .filter((q) => q.answers.length > 1)
    .map((q) => ({ ...q, answers: notLikeMatching(q.answers) }));
}

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

/** A comment line: no line breaks, and no `[` that Moodle could take for `[id:...]` or `[tag:...]`. */
function giftComment(text: string): string {
  return `// ${text.replace(/\s+/g, ' ').replace(/\[/g, '(').replace(/]/g, ')').trim()}`;
}

function giftQuestion(question: QuizQuestion, prefix: string): string {
  const lines = [
    `// [id:${prefix}-${question.id}] [tag:${prefix}] [tag:${question.kind}]`,
    // Plain text: Moodle shows it as written and escapes any HTML in it; the answers inherit the format.
    `::${giftText(question.title).replace(/^\[plain]/, '')}::[plain]${giftText(question.stem).replace(/^\[plain]/, '')} {`,
    ...question.answers.map((a) => `${a.correct ? '=' : '~'}${giftText(a.text)}`),
    `####${giftText(question.feedback)}`,
    '}',
  ];
  return lines.join('\n');
}

/** The quiz as a GIFT file for Moodle's question bank import ("Import" > "GIFT format"). */
export function exportGift(lecture: Lecture): string {
  const questions = quizQuestions(lecture);
  const authors = authorLine(lecture.meta.authors);
  const header = [
    giftComment(
      `${lecture.meta.title} by ${authors}, ${lecture.meta.license}: a quiz of ${questions.length} questions.`,
    ),
    giftComment(`Generated by @vmvc/content ${lecture.meta.version}; edit the lecture, not this file.`),
  ];
  const prefix = 'vmvc';
  return `${[header.join('\n'), ...questions.map((q) => giftQuestion(q, prefix))].join('\n\n')}\n`;
}
