// The lecture's TypeScript types: plain interfaces, so that a project using the data needs no schema library.
// The zod schema in packages/schema describes the same shape and checks the data when this package is built;
// types.test.ts fails the type check the moment the two differ.

/** The two sides every comparison in this lecture is about: `vm` for virtual machines, `container` for containers. */
export type Side = 'vm' | 'container';

// ---- Title block -------------------------------------------------------------------------------------------

export interface Author {
  /** The name in Latin script, given name first (Junghyun Kim). */
  name: string;
  /** The name in its original script (김정현), when it differs. */
  nameOriginal?: string;
  /** BCP 47 tag of nameOriginal, e.g. "ko". */
  nameOriginalLanguage?: string;
}

export interface Meta {
  title: string;
  subtitle: string;
  authors: Author[];
  /** BCP 47 tag of the lecture text. */
  language: string;
  /** Date of this text of the lecture, `YYYY-MM-DD`. Outputs use it as their creation date, never the clock. */
  date: string;
  /** Version of @vmvc/content that carries this text. */
  version: string;
  /** SPDX identifier of the licence of the lecture text. */
  license: string;
  keywords: string[];
}

// ---- Sections and slides -----------------------------------------------------------------------------------

/** What a slide shows besides its bullets. Each kind names a part of the lecture data. */
export type Exhibit =
  | { type: 'figure'; figure: string }
  | { type: 'comparison' }
  | { type: 'products'; kind: Side }
  | { type: 'use-cases' }
  | { type: 'profiles' }
  | { type: 'key-differences' };

/** A slide as the lecture writes it inside a section. */
export interface SlideSpec {
  /** Stable id, also the slide's deep link (`#/comparison`). */
  id: string;
  title: string;
  bullets: string[];
  exhibit?: Exhibit;
  /** Ids of glossary terms defined on this slide: the slide shows them in its terms box. */
  terms?: string[];
  /** Speaker notes: what the lecturer says while the slide is up. */
  notes: string;
}

/** A section of the lecture: its handout prose, the slides it is presented with, and its sources. */
export interface Section {
  id: string;
  title: string;
  /** The handout text of the section, one string a paragraph. May be empty when the exhibits of its slides carry the text. */
  prose: string[];
  /** Ids of the references that support this section. */
  references: string[];
  slides: SlideSpec[];
}

/** Text for the slides that open and close the deck (title, agenda, closing) and for its back matter. */
export interface Frame {
  opening: { notes: string };
  /** The slide after the title that lists the sections, and what the lecturer says on it. */
  agenda: { title: string; notes: string };
  glossary: { title: string; notes: string };
  bibliography: { title: string; notes: string };
  closing: { title: string; bullets: string[]; notes: string };
}

// ---- Glossary and products ---------------------------------------------------------------------------------

/** A glossary entry: a term the lecture uses and what it means. */
export interface Term {
  id: string;
  term: string;
  definition: string;
  /** "seed" when the author defined the term; "added" when the kit defines a term the text uses. */
  source: 'seed' | 'added';
}

export type ProductCategory =
  | 'type-1-hypervisor'
  | 'type-2-hypervisor'
  | 'container-engine'
  | 'orchestrator'
  | 'system-container-manager';

export type ProductLicense =
  | {
      model: 'open-source';
      /** SPDX licence expression, e.g. "Apache-2.0". */
      spdx: string;
      note?: string;
    }
  | { model: 'proprietary'; note?: string };

/** A product the lecture names as an example of a virtual machine or container technology. */
export interface Product {
  id: string;
  name: string;
  kind: Side;
  category: ProductCategory;
  /** The lecture's one-line description of the product. */
  description: string;
  /** The company or foundation that makes or stewards it. */
  vendor: string;
  license: ProductLicense;
  /** An absolute https URL. */
  homepage: string;
}

// ---- Comparison --------------------------------------------------------------------------------------------

export interface ComparisonRow {
  id: string;
  aspect: string;
  vm: string;
  container: string;
}

/** The comparison table: its title, its column headings and a row per aspect. */
export interface Comparison {
  title: string;
  columns: { aspect: string; vm: string; container: string };
  rows: ComparisonRow[];
}

export interface KeyDifference {
  id: string;
  aspect: string;
  text: string;
}

export interface UseCase {
  id: string;
  label: string;
}

/** One side of the lecture's summary: what characterises it, and what it is used for. */
export interface Profile {
  title: string;
  points: string[];
  useCases: UseCase[];
}

export interface Profiles {
  vm: Profile;
  container: Profile;
}

// ---- Figures -----------------------------------------------------------------------------------------------

/** What a layer is; renderers colour layers by role. */
export type LayerRole = 'hardware' | 'hypervisor' | 'kernel' | 'runtime' | 'libraries' | 'app';

export interface Layer {
  id: string;
  label: string;
  role: LayerRole;
}

/** One guest on the host: a virtual machine or a container, its own layers bottom to top. */
export interface Guest {
  id: string;
  label: string;
  layers: Layer[];
}

export interface Stack {
  id: string;
  /** Which side of the lecture this stack shows; renderers colour it by side. */
  side: Side;
  title: string;
  /** Layers every guest shares, bottom to top (hardware first). */
  host: Layer[];
  guests: Guest[];
  caption: string;
}

/** Hosts drawn side by side, each with its layers bottom to top: what runs on what. */
export interface StackFigure {
  id: string;
  kind: 'stacks';
  title: string;
  /** Text alternative for readers who cannot see the figure. */
  alt: string;
  stacks: Stack[];
}

/** One box of a flow: a few words in bold and, under them, a short line that says more. */
export interface FlowStep {
  id: string;
  /** A few words: the step itself. */
  label: string;
  /** A short line under the label. */
  detail?: string;
  /** Coloured as that side of the lecture; neutral when absent. */
  side?: Side;
}

/** A row of steps read left to right, each leading to the next (one to five). */
export interface FlowLane {
  id: string;
  steps: FlowStep[];
}

/**
 * Steps joined by arrows, in one to three rows: a history read in order, two pipelines side by side, a choice
 * that leads to one side or the other. A one-row flow is revealed step by step on the slides.
 */
export interface FlowFigure {
  id: string;
  kind: 'flow';
  title: string;
  /** Text alternative for readers who cannot see the figure. */
  alt: string;
  lanes: FlowLane[];
}

export type Figure = StackFigure | FlowFigure;

// ---- References --------------------------------------------------------------------------------------------

/** A CSL date with year, month and day: `{ "date-parts": [[2024, 9, 22]] }`. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

export interface CslName {
  /** An organisation or a name written as one string. */
  literal: string;
}

/** A reference as a CSL-JSON item (what Zotero, pandoc and citation-js read), with the fields this lecture uses. */
export interface Reference {
  id: string;
  type: 'webpage';
  /** The title as published, in its original language. */
  title: string;
  /** An English translation of a title published in another language. */
  'translated-title'?: string;
  author?: CslName[];
  /** The site the page belongs to (Microsoft Learn, AWS, ...). */
  'container-title': string;
  publisher: string;
  /** Publication date, when the source gives one. */
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  /** BCP 47 tag of the page's language. */
  language: string;
  /** Why this entry differs from the source list, if it does. */
  note?: string;
}

// ---- Questions ---------------------------------------------------------------------------------------------

/** What every question has: what it is, where it is taught, and why its answer is right. */
interface QuestionBase {
  id: string;
  /** The id of the section slide that teaches the answer; the feedback cites it. */
  slide: string;
  /** What is asked, in a few words: the name a question bank lists the question by. It must not give the answer away. */
  name: string;
  /** Why the answer is right, shown after the attempt; the exports add the slide that teaches it. */
  feedback: string;
}

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple-choice';
  stem: string;
  /** The one correct answer. */
  correct: string;
  /** Plausible wrong answers (two or more), each false by what the lecture teaches. */
  distractors: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  statement: string;
  /** Whether the statement is true. */
  answer: boolean;
}

export interface MatchingPair {
  prompt: string;
  /** What the prompt matches; several prompts may share one answer. */
  answer: string;
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  stem: string;
  /** Three or more pairs. */
  pairs: MatchingPair[];
}

export interface ShortAnswerQuestion extends QuestionBase {
  type: 'short-answer';
  stem: string;
  /** Every answer accepted as right, compared without regard to letter case; the first is shown as the answer. */
  answers: string[];
}

export type Question = MultipleChoiceQuestion | TrueFalseQuestion | MatchingQuestion | ShortAnswerQuestion;
export type QuestionType = Question['type'];

// ---- The whole lecture -------------------------------------------------------------------------------------

/** A lecture of the vmvc course kit: the canonical data behind its slides, handouts and exports. */
export interface Lecture {
  meta: Meta;
  /** The sections in lecture order. */
  sections: Section[];
  frame: Frame;
  terms: Term[];
  products: Product[];
  comparison: Comparison;
  keyDifferences: KeyDifference[];
  profiles: Profiles;
  figures: Figure[];
  /** CSL-JSON items, in citation order: [1] first. */
  references: Reference[];
  /** The lecturer's questions for the question bank, in lecture order (generated ones are added by the exports). */
  questions: Question[];
}
