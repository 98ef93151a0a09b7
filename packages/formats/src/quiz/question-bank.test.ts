import { lecture, slideSequence } from '@vmvc/content';
import { lectureJsonSchema, mentions, validateLecture } from '@vmvc/schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { freshLecture, problemLines } from '../test-support/fixtures.ts';
import { type BankQuestion, bankCategories, questionBank, withoutTerm } from './question-bank.ts';

const bank = questionBank(lecture);
const byId = (id: string) => bank.find((q) => q.id === id)!;
const correctAnswers = (q: BankQuestion): string[] => {
  switch (q.type) {
    case 'multiple-choice':
      return q.choices.filter((c) => c.correct).map((c) => c.text);
    case 'short-answer':
      return q.answers;
    default:
      return [];
  }
};

describe('the question bank', () => {
  it("holds the lecturer's questions, one per glossary term and one matching question per kind of product", () => {
    expect(bank.filter((q) => q.origin === 'lecture')).toHaveLength(lecture.questions.length);
    expect(bank.filter((q) => q.origin === 'glossary')).toHaveLength(lecture.terms.length);
    expect(bank.filter((q) => q.origin === 'products').map((q) => q.id)).toEqual([
      'products-vm',
      'products-container',
    ]);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    const types = bank.map((q) => q.type);
    expect(types.filter((t) => t === 'multiple-choice').length).toBeGreaterThanOrEqual(20);
    expect(types.filter((t) => t === 'true-false').length).toBeGreaterThanOrEqual(3);
    expect(types.filter((t) => t === 'matching').length).toBeGreaterThanOrEqual(3);
    expect(types.filter((t) => t === 'short-answer').length).toBeGreaterThanOrEqual(2);
  });

  it('asks about every section, and VM-or-container is no longer most of the quiz', () => {
    const asked = new Set(bank.map((q) => q.slide.section?.id));
    for (const section of lecture.sections) expect(asked, section.id).toContain(section.id);
    const vmOrContainer = bank.filter(
      (q) =>
        q.type === 'multiple-choice' &&
        q.choices.every((c) => ['Virtual machines', 'Containers'].includes(c.text)),
    );
    expect(vmOrContainer).toEqual([]);
  });

  it('asks each term one way only, the two ways in turn: no mirror-image pairs', () => {
    const glossary = bank.filter((q) => q.origin === 'glossary').map((q) => q.id);
    const [first, second] = lecture.terms;
    expect(glossary).toContain(`glossary-${first!.id}-definition`);
    expect(glossary).toContain(`glossary-${second!.id}-term`);
    for (const term of lecture.terms) {
      expect(
        glossary.filter((id) => id.startsWith(`glossary-${term.id}-`)),
        term.id,
      ).toHaveLength(1);
    }
    // One question per comparison row and per product is gone: a row's two cells asked as mirror images.
    expect(bank.filter((q) => q.id.startsWith('comparison-') || q.id.startsWith('product-'))).toEqual([]);
  });

  it('gives no answer away: no stem contains its correct answer, no definition names its term', () => {
    for (const q of bank) {
      for (const answer of correctAnswers(q))
        expect(mentions(q.stem, answer), `${q.id}: ${answer}`).toBe(false);
    }
    for (const term of lecture.terms) {
      const asked = bank.find((q) => q.id === `glossary-${term.id}-term`);
      if (asked) expect(withoutTerm(asked.stem, term.term), term.id).toBe(asked.stem);
    }
    const binaries = byId('glossary-binaries-and-libraries-term');
    expect(binaries.stem).toBe(
      'Which term does this definition describe? “____ are executable program files, and ____ are collections of precompiled routines that programs can use. Both are essential for running applications.”',
    );
    expect(binaries.name).toBe(
      'Glossary: the term defined as “____ are executable program files, and ____ are…”',
    );
  });

  it('names each question by what it asks, never by its answer or a number', () => {
    for (const q of bank) {
      expect(q.name, q.id).not.toMatch(/\(\d+\)$/);
      for (const answer of correctAnswers(q))
        expect(mentions(q.name, answer), `${q.id}: ${q.name}`).toBe(false);
    }
    expect(byId('daemonless-tool').name).toBe('The container tool without a daemon');
    expect(byId('glossary-kernel-definition').name).toBe('Glossary: what “Kernel” means');
  });

  it('gives every multiple-choice question one correct answer, at a place that moves', () => {
    const choice = bank.filter((q) => q.type === 'multiple-choice');
    for (const q of choice) {
      expect(
        q.choices.filter((c) => c.correct),
        q.id,
      ).toHaveLength(1);
      expect(new Set(q.choices.map((c) => c.text)).size, q.id).toBe(q.choices.length);
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(3);
    }
    const places = new Set(choice.map((q) => q.choices.findIndex((c) => c.correct)));
    expect(places).toEqual(new Set([0, 1, 2, 3]));
  });

  it('cites the slide that teaches the answer in every feedback: number, title, section, ids', () => {
    const slides = slideSequence(lecture);
    for (const q of bank) {
      const slide = slides.find((s) => s.id === q.slide.id)!;
      expect(q.slide).toEqual({
        id: slide.id,
        number: slide.number,
        title: slide.title,
        section: slide.section,
      });
      expect(q.feedback.startsWith(q.explanation), q.id).toBe(true);
      expect(q.feedback).toContain(`See slide ${slide.number}, “${slide.title}”`);
      expect(q.feedback).toContain(slide.section ? `(${slide.section.id}/${slide.id}).` : `(${slide.id}).`);
    }
    expect(byId('type-1-hypervisor').feedback).toMatch(
      /See slide 4, “Virtual machines” \(virtual-machines\/virtual-machines\)\.$/,
    );
    expect(byId('container-user-mode').feedback).toMatch(
      /See slide 9, “VM and container architecture”, in the section “Architecture” \(architecture\/architecture-figure\)\.$/,
    );
    // The kernel is defined on a slide of the Architecture section; its question sits in that category.
    expect(byId('glossary-kernel-definition').slide.section?.id).toBe('architecture');
  });

  it('matches the products of each side to their categories', () => {
    const vm = byId('products-vm');
    expect(vm.type === 'matching' && vm.pairs).toEqual([
      { prompt: 'VMware vSphere', answer: 'Type-1 hypervisor' },
      { prompt: 'Microsoft Hyper-V', answer: 'Type-1 hypervisor' },
      { prompt: 'Oracle VirtualBox', answer: 'Type-2 hypervisor' },
      { prompt: 'Xen', answer: 'Type-1 hypervisor' },
    ]);
    const container = byId('products-container');
    expect(container.type === 'matching' && container.pairs.map((p) => p.answer)).toEqual([
      'Container engine',
      'Orchestrator',
      'System container manager',
      'Container engine',
    ]);
  });

  it('groups the questions by section in lecture order, the glossary last', () => {
    const categories = bankCategories(bank);
    expect(categories.map((c) => c.id)).toEqual(lecture.sections.map((s) => `section-${s.id}`));
    expect(categories.flatMap((c) => c.questions)).toEqual(bank);
    const numbers = bank.map((q) => q.slide.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    const unslided = freshLecture();
    for (const section of unslided.sections) for (const slide of section.slides) delete slide.terms;
    const glossary = bankCategories(questionBank(unslided)).at(-1)!;
    expect(glossary).toMatchObject({ id: 'glossary', title: 'Glossary' });
    expect(glossary.questions).toHaveLength(unslided.terms.length);
    expect(glossary.questions[0]!.feedback).toMatch(/See slide \d+, “Glossary” \(glossary\)\.$/);
  });

  it('is the same for the same lecture, and works for a lecture without questions or products slides', () => {
    expect(questionBank(freshLecture())).toEqual(bank);
    const bare = freshLecture();
    bare.questions = [];
    bare.sections = bare.sections.map((s) => ({
      ...s,
      slides: s.slides.filter((slide) => slide.exhibit?.type !== 'products'),
    }));
    expect(questionBank(bare).map((q) => q.origin)).toEqual(lecture.terms.map(() => 'glossary'));
  });
});

describe('questions in a lecture file', () => {
  it('may be left out: the file is valid, and the lecture it gives has none', () => {
    const { questions: _, ...withoutQuestions } = freshLecture();
    const result = validateLecture(withoutQuestions);
    expect(result.ok && result.lecture.questions).toEqual([]);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(lectureJsonSchema());
    expect(validate(withoutQuestions), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(JSON.parse(JSON.stringify(lecture))), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('are checked by the schema, each problem at its path', () => {
    const bad = freshLecture() as unknown as { questions: Record<string, unknown>[] };
    bad.questions[0]!.type = 'essay';
    delete bad.questions[1]!.correct;
    bad.questions[2]!.distractors = ['only one'];
    bad.questions[3]!.hint = 'typo of a field';
    expect(problemLines(bad)).toEqual([
      expect.stringMatching(/^questions\[0]\.type: /),
      'questions[1].correct: missing: expected string',
      expect.stringMatching(/^questions\[2]\.distractors: .*2/),
      'questions[3]: unknown field "hint": expected only the fields the schema defines',
    ]);
  });
});
