// @vmvc/content: the lecture "VM vs Container" as typed, validated data, and the helpers every output uses.
import { lecture } from './data/lecture.js';

export { type AuthorRun, authorLine, authorRuns } from './author-line.js';
export { citationList } from './citation-list.js';
export { type ContentStamp, canonicalJson, contentStamp, lectureHash } from './content-stamp.js';
export * from './exports/index.js';
export { type DateStyle, formatDate } from './format-date.js';
export { formatReference, formatReferenceDate } from './format-reference.js';
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
} from './lookup.js';
export { formatPath, formatProblem, type Problem } from './problem.js';
export { type Rule, rules } from './rules/index.js';
export * from './schema/index.js';
export { lectureJsonSchema } from './schema-json.js';
export {
  frameSlideIdPattern,
  type Slide,
  type SlideKind,
  type SlideSequenceOptions,
  slideSequence,
} from './slide-sequence.js';
export { type ValidationResult, validateLecture } from './validate-lecture.js';

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
} = lecture;
