import { type GIFTQuestion, type MultipleChoice, parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import { freshLecture } from '../test-support/fixtures.ts';
import { exportGift, giftText, quizQuestions } from './gift.ts';
import { everySpecial, hostileLecture } from './test-support/hostile-lecture.ts';

const multipleChoice = (questions: GIFTQuestion[]) =>
  questions.filter((q): q is MultipleChoice => q.type === 'MC');

/** gift-pegjs, like Moodle, reads plain text with runs of spaces as one; compare on that footing. */
const spaced = (text: string) =>
  text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

describe('GIFT export', () => {
  const questions = quizQuestions(lecture);
  const parsed = parse(exportGift(lecture));

  it('generates at least 20 questions of every kind, and gift-pegjs reads each of them', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    const { terms, comparison, products } = lecture;
    expect(questions).toHaveLength(terms.length * 2 + comparison.rows.length * 2 + products.length);
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['term-to-definition', 'definition-to-term', 'comparison', 'product-kind']),
    );
    expect(parsed).toHaveLength(questions.length);
    expect(multipleChoice(parsed)).toHaveLength(questions.length);
  });

  it('gives every multiple-choice question exactly one correct answer and more than one answer', () => {
    for (const question of multipleChoice(parsed)) {
      expect(
        question.choices.filter((c) => c.isCorrect),
        question.title ?? '',
      ).toHaveLength(1);
      expect(question.choices.length).toBeGreaterThan(1);
    }
  });

  it('writes what the generator meant: titles, stems, answers, the correct one, ids and tags', () => {
    parsed.forEach((question, i) => {
      const q = question as MultipleChoice;
      const meant = questions[i]!;
      expect(q.title).toBe(meant.title);
      expect(q.stem).toEqual({ format: 'plain', text: meant.stem });
      expect(q.choices.map((c) => [c.text.text, c.isCorrect])).toEqual(
        meant.answers.map((a) => [a.text, a.correct]),
      );
      expect(q.id).toBe(`vmvc-${meant.id}`);
      expect(q.tags).toEqual(['vmvc', meant.kind]);
    });
  });

  it('draws distractors from other terms and keeps the term out of its definition', () => {
    const kernel = questions.find((q) => q.id === 'term-kernel-definition')!;
    expect(kernel.stem).toBe('Which definition fits the term “Kernel”?');
    expect(kernel.answers).toHaveLength(4);
    expect(kernel.answers.find((a) => a.correct)!.text).toBe(
      'The ____ is the core component of an operating system that manages system resources and facilitates communication between hardware and software.',
    );
    const back = questions.find((q) => q.id === 'term-iaas-term')!;
    expect(back.stem).not.toMatch(/IaaS/);
    expect(back.answers.find((a) => a.correct)!.text).toBe('Infrastructure-as-a-Service (IaaS)');
    const definitions = new Set(lecture.terms.map((t) => t.term));
    for (const a of back.answers) expect(definitions.has(a.text)).toBe(true);
  });

  it('asks which side a comparison cell and a product belong to', () => {
    const kernel = questions.find((q) => q.id === 'comparison-operating-system-vm')!;
    expect(kernel.stem).toBe('Operating System: which one is described as “Has its own kernel”?');
    expect(kernel.answers).toEqual([
      { text: 'Virtual Machines', correct: true },
      { text: 'Containers', correct: false },
    ]);
    const docker = questions.find((q) => q.id === 'product-docker')!;
    expect(docker.answers.find((a) => a.correct)!.text).toBe('Containers');
    const xen = questions.find((q) => q.id === 'product-xen')!;
    expect(xen.answers.find((a) => a.correct)!.text).toBe('Virtual Machines');
  });

  it('names the section that teaches the answer in every feedback', () => {
    const titles = lecture.sections.map((s) => s.title);
    parsed.forEach((question) => {
      const feedback = (question as MultipleChoice).globalFeedback?.text ?? '';
      const named = /See the section “(.+)”\.$/.exec(feedback)?.[1];
      expect(titles, feedback).toContain(named);
    });
    expect(questions.find((q) => q.id === 'product-docker')!.feedback).toMatch(
      /See the section “Containers”\.$/,
    );
    expect(questions.find((q) => q.id === 'term-kernel-definition')!.feedback).toMatch(
      /See the section “Architecture”\.$/,
    );
    expect(questions.find((q) => q.id === 'comparison-speed-container')!.feedback).toMatch(
      /See the section “Comparison”\.$/,
    );
  });

  it('never offers the same answer twice, and asks nothing without a wrong answer to choose', () => {
    const twins = freshLecture();
    twins.terms[1]!.definition = twins.terms[0]!.definition;
    for (const question of quizQuestions(twins)) {
      const texts = question.answers.map((a) => a.text);
      expect(new Set(texts).size, question.id).toBe(texts.length);
    }
    const alone = freshLecture();
    alone.terms = alone.terms.slice(0, 1);
    const kinds = new Set(quizQuestions(alone).map((q) => q.kind));
    expect(kinds.has('term-to-definition') || kinds.has('definition-to-term')).toBe(false);
    expect(parse(exportGift(alone))).toHaveLength(alone.comparison.rows.length * 2 + alone.products.length);
  });

  it('escapes GIFT specials with a backslash', () => {
    expect(giftText('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(giftText('two\nlines')).toBe('two\\nlines');
    expect(giftText('[html]<b>x</b>')).toBe('[plain][html]<b>x</b>');
    expect(giftText('%50% of it')).toBe('[plain]%50% of it');
  });

  it('carries hostile text through unchanged, with one correct answer each', () => {
    const hostile = hostileLecture();
    const meant = quizQuestions(hostile);
    const read = parse(exportGift(hostile)) as MultipleChoice[];
    expect(read).toHaveLength(meant.length);
    read.forEach((q, i) => {
      const m = meant[i]!;
      expect(q.type).toBe('MC');
      expect(q.title).toBe(m.title);
      expect(spaced(q.stem.text)).toBe(spaced(m.stem));
      expect(q.choices.map((c) => [spaced(c.text.text), c.isCorrect])).toEqual(
        m.answers.map((a) => [spaced(a.text), a.correct]),
      );
      expect(spaced(q.globalFeedback?.text ?? '')).toBe(spaced(m.feedback));
    });
    // The title's "[id:evil]" in the header comment does not become the first question's id.
    expect(read.map((q) => q.id)).toEqual(meant.map((m) => `vmvc-${m.id}`));
    const kernel = read.find((q) => q.id === 'vmvc-term-kernel-definition')!;
    expect(kernel.title).toBe('Glossary: Kernel "core", {=~#:} | *x*');
    expect(spaced(kernel.globalFeedback!.text)).toContain(spaced(everySpecial));
    const binaries = read.find((q) => q.id === 'vmvc-term-binaries-and-libraries-term')!;
    expect(binaries.choices.find((c) => c.isCorrect)!.text.text).toBe('[html]<b>Binaries</b> & Libraries');
  });
});
