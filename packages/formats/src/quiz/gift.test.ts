import { type Lecture, lecture } from '@vmvc/content';
import {
  type Category,
  type GIFTQuestion,
  type Matching,
  type MultipleChoice,
  parse,
  type ShortAnswer,
  type TrueFalse,
} from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileQuestionLecture } from '../test-support/hostile-questions.ts';
import { readQuestions, splitCategoryPath } from '../test-support/moodle-gift-import.ts';
import { exportGift, giftShortAnswers, giftText } from './gift.ts';
import { moodleShortAnswer } from './moodle-fields.ts';
import { type BankQuestion, bankCategories, questionBank } from './question-bank.ts';

/**
 * gift-pegjs 1.0.2 leaves the escapes of a matching answer (its PlainText rule) as its internal placeholders
 * (`&&123;` for `{`); Moodle undoes them. Undone here as Moodle does, so that the rest is compared as read.
 */
const placeholders: Record<string, string> = {
  '&&092;': '\\',
  '&&058;': ':',
  '&&035;': '#',
  '&&061;': '=',
  '&&123;': '{',
  '&&125;': '}',
  '&&126;': '~',
  '&&010': '\n',
};
const undoPlaceholders = (text: string) => text.replace(/&&(?:\d{3};|010)/g, (p) => placeholders[p] ?? p);

/** gift-pegjs, like Moodle, reads plain text with runs of spaces as one; compare on that footing. */
const spaced = (text: string) =>
  text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

const giftTypes = {
  'multiple-choice': 'MC',
  'true-false': 'TF',
  matching: 'Matching',
  'short-answer': 'Short',
};
const moodleTypes = {
  'multiple-choice': 'multichoice',
  'true-false': 'truefalse',
  matching: 'match',
  'short-answer': 'shortanswer',
};

/** The questions of the bank as GIFT writes them (a short answer keeps the answers GIFT can write). */
const written = (l: Lecture) =>
  questionBank(l).flatMap((q): BankQuestion[] => {
    if (q.type !== 'short-answer') return [q];
    const answers = giftShortAnswers(q.answers);
    return answers.length > 0 ? [{ ...q, answers }] : [];
  });

/** Checks what gift-pegjs reads against what the bank meant, question by question, in both files' order. */
function expectGiftPegjsReads(l: Lecture, meant: BankQuestion[], read: GIFTQuestion[]) {
  const questions = read.filter((q) => q.type !== 'Category');
  expect(questions).toHaveLength(meant.length);
  questions.forEach((question, i) => {
    const q = meant[i]!;
    expect(question.type, q.id).toBe(giftTypes[q.type]);
    const { id, tags, title, stem, globalFeedback } = question as MultipleChoice;
    expect(id).toBe(`vmvc-${q.id}`);
    expect(tags).toEqual(['vmvc', q.type, q.origin]);
    expect(title).toBe(q.name);
    expect(stem.format).toBe('plain');
    expect(spaced(stem.text)).toBe(spaced(q.stem));
    expect(spaced(globalFeedback?.text ?? '')).toBe(spaced(q.feedback));
    switch (q.type) {
      case 'multiple-choice': {
        const choices = (question as MultipleChoice).choices.map((c) => [spaced(c.text.text), c.isCorrect]);
        expect(choices.sort()).toEqual(q.choices.map((c) => [spaced(c.text), c.correct]).sort());
        break;
      }
      case 'true-false':
        expect((question as TrueFalse).isTrue).toBe(q.answer);
        break;
      case 'matching': {
        const pairs = (question as Matching).matchPairs;
        expect(pairs.map((p) => [spaced(p.subquestion.text), spaced(undoPlaceholders(p.subanswer))])).toEqual(
          q.pairs.map((p) => [spaced(p.prompt.replace(/->/g, '-&gt;')), spaced(p.answer)]),
        );
        break;
      }
      case 'short-answer':
        // As Moodle stores it: a literal `*` escaped, its wildcard.
        expect((question as ShortAnswer).choices.map((c) => [spaced(c.text.text), c.isCorrect])).toEqual(
          q.answers.map((a) => [spaced(moodleShortAnswer(a)), true]),
        );
        break;
    }
  });
  // Every question sits under the `$CATEGORY:` of its section.
  const categories = bankCategories(questionBank(l));
  let current = '';
  for (const item of read) {
    if (item.type === 'Category') current = (item as Category).title;
    else {
      const category = categories.find((c) => c.questions.some((q) => `vmvc-${q.id}` === item.id))!;
      expect(splitCategoryPath(current.replace(/\\\\/g, '\\'))).toEqual([
        '$course$',
        'top',
        l.meta.title.replace(/\s+/g, ' ').trim(),
        category.title.replace(/\s+/g, ' ').trim(),
      ]);
    }
  }
}

/** Checks what Moodle's own import (its logic, ported) makes of the file. */
function expectMoodleReads(l: Lecture, meant: BankQuestion[], file: string) {
  const read = readQuestions(file);
  const questions = read.filter((q) => q.qtype !== 'category');
  expect(questions).toHaveLength(meant.length);
  questions.forEach((question, i) => {
    const q = meant[i]!;
    expect(question.qtype, q.id).toBe(moodleTypes[q.type]);
    expect(question.name).toBe(q.name.trim());
    expect(question.questiontext).toEqual({ text: q.stem.trim(), format: 'plain' });
    expect(question.generalfeedback).toEqual({ text: q.feedback.trim(), format: 'plain' });
    if (question.qtype === 'multichoice' && q.type === 'multiple-choice') {
      expect(question.single).toBe(true);
      expect(question.answers.map((a) => [a.text, a.format, a.fraction]).sort()).toEqual(
        q.choices.map((c) => [c.text.trim(), 'plain', c.correct ? 1 : 0]).sort(),
      );
    } else if (question.qtype === 'truefalse' && q.type === 'true-false') {
      expect(question.correctanswer).toBe(q.answer);
    } else if (question.qtype === 'match' && q.type === 'matching') {
      expect(question.subquestions).toEqual(
        q.pairs.map((p) =>
          p.prompt.includes('->')
            ? {
                text: p.prompt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
                format: 'html',
              }
            : { text: p.prompt.trim(), format: 'plain' },
        ),
      );
      expect(question.subanswers).toEqual(q.pairs.map((p) => p.answer.trim()));
    } else if (question.qtype === 'shortanswer' && q.type === 'short-answer') {
      expect(question.answers).toEqual(
        q.answers.map((a) => ({ text: moodleShortAnswer(a).trim(), fraction: 1 })),
      );
    } else {
      throw new Error(`${q.id}: Moodle reads a ${question.qtype}, the bank meant a ${q.type}`);
    }
  });
  const categories = bankCategories(questionBank(l)).map((c) => ['$course$', 'top', l.meta.title, c.title]);
  const paths = read.flatMap((q) => (q.qtype === 'category' ? [splitCategoryPath(q.category)] : []));
  expect(paths).toEqual(categories.map((names) => names.map((n) => n.replace(/\s+/g, ' ').trim())));
}

describe('GIFT export', () => {
  const file = exportGift(lecture);
  const bank = questionBank(lecture);

  it('writes every question of the bank, and gift-pegjs reads types, answers, feedback and categories', () => {
    const read = parse(file);
    expect(read.filter((q) => q.type === 'Category')).toHaveLength(lecture.sections.length);
    expectGiftPegjsReads(lecture, bank, read);
  });

  it("is what Moodle's GIFT import reads: types, one correct answer at 100 %, categories per section", () => {
    expectMoodleReads(lecture, bank, file);
    const categories = readQuestions(file).flatMap((q) => (q.qtype === 'category' ? [q.category] : []));
    expect(categories[0]).toBe('$course$/top/VM vs Container/Why isolate applications?');
  });

  it('writes each type as a lecturer would: a category line, an id and tags, a name that says what is asked', () => {
    expect(file).toContain('\n\n$CATEGORY: $course$/top/VM vs Container/Architecture\n\n');
    expect(file).toContain(
      [
        '// [id:vmvc-greater-isolation] [tag:vmvc] [tag:true-false] [tag:lecture]',
        '::Which side offers greater isolation::[plain]Containers offer greater isolation than virtual machines. {',
        'FALSE',
        '####VMs offer greater isolation; containers are less isolated than VMs, because they share the host kernel. See slide 10, “VMs and containers compared”, in the section “Comparison” (comparison/comparison).',
        '}',
      ].join('\n'),
    );
    expect(file).toContain(
      '::The OS component containers share::[plain]Containers on one host share one core component of the operating system, while every virtual machine has its own. Which component? {\n=kernel\n=the kernel\n',
    );
    expect(file).toContain('=Podman -> Container engine\n');
    expect(file).not.toMatch(/\(\d+\)::/);
  });

  it('escapes GIFT specials with a backslash', () => {
    expect(giftText('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(giftText('two\nlines')).toBe('two\\nlines');
    expect(giftText('[html]<b>x</b>')).toBe('[plain][html]<b>x</b>');
    expect(giftText('%50% of it')).toBe('[plain]%50% of it');
  });

  it('carries hostile text through to gift-pegjs and to Moodle unchanged, categories included', () => {
    const hostile = hostileQuestionLecture();
    const hostileFile = exportGift(hostile);
    const meant = written(hostile);
    expectGiftPegjsReads(hostile, meant, parse(hostileFile));
    expectMoodleReads(hostile, meant, hostileFile);
    // "x -> y" cannot be written as a GIFT short answer (Moodle would read a matching question); the rest are.
    const short = meant.find((q) => q.id === 'hostile-short')!;
    expect(short.type === 'short-answer' && short.answers).toEqual(['a*b', '%50%', '커널 \\ {=}']);
    // The `$CATEGORY:` line keeps `\:` and `/` apart from Moodle's escapes and its path separator.
    const paths = readQuestions(hostileFile).flatMap((q) => (q.qtype === 'category' ? [q.category] : []));
    expect(splitCategoryPath(paths[3]!)).toEqual([
      '$course$',
      'top',
      'VM vs Container: "[id:evil]" # {x} :smile: $x$',
      'Architecture / layers \\: {x} // 김정현 /',
    ]);
  });

  it('leaves out a short-answer question none of whose answers GIFT can write', () => {
    const arrows = freshLecture();
    arrows.questions = arrows.questions.map((q) =>
      q.type === 'short-answer' ? { ...q, answers: q.answers.map((a, i) => `${a} -> ${i}`) } : q,
    );
    const read = parse(exportGift(arrows)).filter((q) => q.type !== 'Category');
    expect(read).toHaveLength(
      questionBank(arrows).length - arrows.questions.filter((q) => q.type === 'short-answer').length,
    );
    expect(read.some((q) => q.type === 'Short')).toBe(false);
  });
});
