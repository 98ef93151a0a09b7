// @vmvc/content: the lecture "VM vs Container" as typed, validated data, and the helpers every output uses.
import { lecture } from './data/lecture.ts';

export { type AuthorRun, authorLine, authorRuns } from './author-line.ts';
export { citationList } from './citation-list.ts';
export { type ContentStamp, canonicalJson, contentStamp, lectureHash } from './content-stamp.ts';
export * from './exports/index.ts';
export { textWidth } from './exports/marp-text-width.ts';
export { type DateStyle, formatDate } from './format-date.ts';
export { formatReference, formatReferenceDate } from './format-reference.ts';
export {
  categoryLabel,
  getFigure,
  getProduct,
  getReference,
  getSection,
  getTerm,
  licenseLabel,
  productsOfKind,
  referenceNumber,
} from './lookup.ts';
export { formatPath, formatProblem, type Problem } from './problem.ts';
export {
  type BankCategory,
  type BankQuestion,
  type BankQuestionOrigin,
  type BankSlide,
  bankCategories,
  generatedQuestionIdPattern,
  questionBank,
  slideCitation,
} from './question-bank.ts';
export { type Rule, rules } from './rules/index.ts';
export * from './schema/index.ts';
export { lectureJsonSchema } from './schema-json.ts';
export {
  frameSlideIdPattern,
  type Slide,
  type SlideKind,
  type SlideSequenceOptions,
  slideSequence,
} from './slide-sequence.ts';
export { type ValidationResult, validateLecture } from './validate-lecture.ts';

export { lecture };

/** The named parts of the lecture, for consumers who need only one. */
export const {
  meta,
  sections,
  frame,
  terms,
  products,
  comparison,
  keyDifferences,
  profiles,
  figures,
  references,
  questions,
} = lecture;
