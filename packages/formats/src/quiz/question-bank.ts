// The lecture as a question bank: the lecturer's questions and the questions generated from the glossary and
// the products, each resolved to the slide that teaches its answer. GIFT, Moodle XML and QTI write this one list,
// so the three files ask the same questions with the same answers, categories and feedback.
import {
  categoryLabel,
  type Lecture,
  type MatchingPair,
  type Product,
  type Question,
  type Side,
  type Slide,
  slideSequence,
  type Term,
} from '@vmvc/content';

/** Where a question comes from: the lecture's own questions, or generated from its glossary or its products. */
export type BankQuestionOrigin = 'lecture' | 'glossary' | 'products';

/** The slide a question cites: its place in the deck, its title and its section (none for the glossary). */
export interface BankSlide {
  id: string;
  /** Position in the deck, 1-based, as the slide shows it. */
  number: number;
  title: string;
  section: { id: string; title: string } | null;
}

interface BankQuestionBase {
  /** Stable id: the lecture question's own, or `glossary-<term>-definition|term`, `products-<vm|container>`. */
  id: string;
  origin: BankQuestionOrigin;
  /** What is asked, in a few words, never the answer: the name a question bank lists it by. */
  name: string;
  slide: BankSlide;
  /** Why the answer is right. */
  explanation: string;
  /** What the exports show after an attempt: the explanation, then the slide that teaches it. */
  feedback: string;
}

export type BankQuestion = BankQuestionBase &
  (
    | {
        type: 'multiple-choice';
        stem: string;
        /** The answers in the order written; exactly one is correct, and its place moves from question to question. */
        choices: { text: string; correct: boolean }[];
      }
    | { type: 'true-false'; stem: string; answer: boolean }
    | { type: 'matching'; stem: string; pairs: MatchingPair[] }
    | {
        type: 'short-answer';
        stem: string;
        /** Every accepted answer, letter case aside; the first is the one shown as right. */
        answers: string[];
      }
  );

/** A group of the bank, what Moodle calls a category and QTI a section: one section of the lecture, or the glossary. */
export interface BankCategory {
  /** `section-<section id>`, or the glossary slide's id for terms no section slide defines. */
  id: string;
  title: string;
  questions: BankQuestion[];
}

/** The tag every exported question carries, and the prefix of its id in an LMS. */
export const lmsTag = 'vmvc';

/** The id a question keeps in every LMS it is imported into (Moodle's idnumber, a QTI item's identifier). */
export const lmsQuestionId = (question: { id: string }) => `${lmsTag}-${question.id}`;

function bankSlide(slide: Slide): BankSlide {
  return { id: slide.id, number: slide.number, title: slide.title, section: slide.section };
}

/** The sentence every feedback ends with: the slide that teaches the answer, by number, title, section and ids. */
export function slideCitation(slide: BankSlide): string {
  const { section } = slide;
  if (!section) return `See slide ${slide.number}, “${slide.title}” (${slide.id}).`;
  // A section's first slide often has the section's title: it is named once.
  const where = section.title === slide.title ? '' : `, in the section “${section.title}”`;
  return `See slide ${slide.number}, “${slide.title}”${where} (${section.id}/${slide.id}).`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The names a text may call a term by: the term, the term without its parenthesised abbreviation, the
 * abbreviation, and each word of four letters or more ("Binaries", "Libraries"), longest first.
 */
function namesOf(term: string): string[] {
  const short = term.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const abbreviation = /\(([^)]+)\)\s*$/.exec(term)?.[1]?.trim();
  const words = short.split(/[^\p{L}\p{N}]+/u).filter((word) => [...word].length >= 4);
  return [...new Set([term, short, abbreviation, ...words])]
    .filter((name): name is string => !!name)
    .sort((a, b) => b.length - a.length);
}

/** Blanks every name of the term out of a text, so that a definition does not give its term away. */
export function withoutTerm(text: string, term: string): string {
  const names = namesOf(term).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, '____');
}

/** The first words of a text, for a question name that says what is asked. */
function gist(text: string, words = 8): string {
  const all = text.split(/\s+/).filter(Boolean);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** A question before its placing and citing: the slide as the sequence has it, no feedback yet. */
type Draft = OmitEach<BankQuestion, 'feedback' | 'slide'> & { slide: Slide };
/** `Omit` applied to each member of a union, so that the union stays one. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function lectureQuestion(question: Question, slide: Slide): Draft {
  const base = {
    id: question.id,
    origin: 'lecture' as const,
    name: question.name,
    slide,
    explanation: question.feedback,
  };
  switch (question.type) {
    case 'multiple-choice':
      return {
        ...base,
        type: 'multiple-choice',
        stem: question.stem,
        choices: [
          { text: question.correct, correct: true },
          ...question.distractors.map((text) => ({ text, correct: false })),
        ],
      };
    case 'true-false':
      return { ...base, type: 'true-false', stem: question.statement, answer: question.answer };
    case 'matching':
      return { ...base, type: 'matching', stem: question.stem, pairs: question.pairs.map((p) => ({ ...p })) };
    case 'short-answer':
      return { ...base, type: 'short-answer', stem: question.stem, answers: [...question.answers] };
  }
}

/**
 * One question per glossary term, asked one way or the other in turn: the definition of a term, or the term
 * of a definition (never both, which would answer each other). The wrong answers are the three terms that
 * follow it in the glossary; every definition has its own term blanked out.
 */
function glossaryQuestions(lecture: Lecture, slides: readonly Slide[]): Draft[] {
  const { terms } = lecture;
  const glossary = lecture.frame.glossary.title;
  return terms.flatMap((term, i): Draft[] => {
    // A content slide that defines the term, or else the glossary page that lists it.
    const slide = slides.find((s) => s.terms.some((t) => t.id === term.id));
    if (!slide) return [];
    const others: Term[] = [];
    for (let step = 1; step < terms.length && others.length < 3; step++) {
      const other = terms[(i + step) % terms.length];
      if (other) others.push(other);
    }
    const explanation = `${term.term}: ${term.definition}`;
    const askDefinition = i % 2 === 0;
    const blanked = withoutTerm(term.definition, term.term);
    const correct = askDefinition ? blanked : term.term;
    const wrong = others.map((o) => (askDefinition ? withoutTerm(o.definition, o.term) : o.term));
    // A wrong answer that reads like the right one, or like another wrong one, is left out.
    const distinct = [...new Set(wrong)].filter((text) => text !== correct);
    if (distinct.length === 0) return [];
    const choices = [{ text: correct, correct: true }, ...distinct.map((text) => ({ text, correct: false }))];
    return [
      askDefinition
        ? {
            id: `glossary-${term.id}-definition`,
            origin: 'glossary',
            name: `${glossary}: what “${term.term}” means`,
            slide,
            explanation,
            type: 'multiple-choice',
            stem: `Which definition fits the term “${term.term}”?`,
            choices,
          }
        : {
            id: `glossary-${term.id}-term`,
            origin: 'glossary',
            name: `${glossary}: the term defined as “${gist(blanked)}”`,
            slide,
            explanation,
            type: 'multiple-choice',
            stem: `Which term does this definition describe? “${blanked}”`,
            choices,
          },
    ];
  });
}

/**
 * For each kind, a matching question: the products on its slide to their categories. It needs three products
 * (Moodle's least) and two categories among them, or there is nothing to tell apart.
 */
function productQuestions(slides: readonly Slide[]): Draft[] {
  return (['vm', 'container'] as const satisfies readonly Side[]).flatMap((kind): Draft[] => {
    const slide = slides.find((s) => s.exhibit?.type === 'products' && s.exhibit.kind === kind);
    if (!slide) return [];
    // Products of the same name would be two prompts no one can tell apart: the first one is asked.
    const byName = new Map<string, Product>();
    for (const product of slide.products) if (!byName.has(product.name)) byName.set(product.name, product);
    const products = [...byName.values()];
    const pairs = products.map((p) => ({ prompt: p.name, answer: categoryLabel(p.category) }));
    if (pairs.length < 3 || new Set(pairs.map((p) => p.answer)).size < 2) return [];
    return [
      {
        id: `products-${kind}`,
        origin: 'products',
        name: `The categories of the products on “${slide.title}”`,
        slide,
        explanation: `${pairs.map((p) => `${p.prompt}: ${p.answer}`).join('; ')}.`,
        type: 'matching',
        stem: `Match each product on the slide “${slide.title}” to its category.`,
        pairs,
      },
    ];
  });
}

const originOrder: Record<BankQuestionOrigin, number> = { lecture: 0, glossary: 1, products: 2 };

/**
 * Every question of the bank in lecture order (by the slide it cites; on one slide the lecture's own questions
 * first), each multiple-choice question's correct answer moved to a place that changes from question to
 * question, without randomness, and its feedback citing the slide.
 */
export function questionBank(lecture: Lecture): BankQuestion[] {
  const slides = slideSequence(lecture);
  const slideById = new Map(slides.filter((s) => s.kind === 'content').map((s) => [s.id, s]));
  const drafts: Draft[] = [
    // The referenced-ids-exist rule reports a question citing an unknown slide; such a question is left out.
    ...lecture.questions.flatMap((q) => {
      const slide = slideById.get(q.slide);
      return slide ? [lectureQuestion(q, slide)] : [];
    }),
    ...glossaryQuestions(lecture, slides),
    ...productQuestions(slides),
  ];
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort(
      (a, b) =>
        a.draft.slide.number - b.draft.slide.number ||
        originOrder[a.draft.origin] - originOrder[b.draft.origin] ||
        a.index - b.index,
    )
    .map(({ draft }) => draft);
  let multipleChoice = 0;
  return ordered.map((draft): BankQuestion => {
    const slide = bankSlide(draft.slide);
    const common = { slide, feedback: `${draft.explanation} ${slideCitation(slide)}` };
    if (draft.type !== 'multiple-choice') return { ...draft, ...common };
    const correct = draft.choices.filter((c) => c.correct);
    const wrong = draft.choices.filter((c) => !c.correct);
    const choices = [...wrong];
    choices.splice(multipleChoice % (wrong.length + 1), 0, ...correct);
    multipleChoice += 1;
    return { ...draft, ...common, choices };
  });
}

/** The bank grouped by the section of the slide each question cites (the glossary last), in lecture order. */
export function bankCategories(bank: readonly BankQuestion[]): BankCategory[] {
  const categories: BankCategory[] = [];
  for (const question of bank) {
    const { section } = question.slide;
    const id = section ? `section-${section.id}` : question.slide.id.replace(/-\d+$/, '');
    const title = section ? section.title : question.slide.title;
    const last = categories.at(-1);
    if (last?.id === id) last.questions.push(question);
    else {
      const earlier = categories.find((c) => c.id === id);
      if (earlier) earlier.questions.push(question);
      else categories.push({ id, title, questions: [question] });
    }
  }
  return categories;
}
