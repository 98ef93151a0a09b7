// @vmvc/content: the lecture "VM vs Container" as typed data, and the small pure helpers every medium words it
// with. No runtime dependency: the data was validated when this package was built.
import { lecture } from './data/lecture.ts';

export { type AuthorRun, authorLine, authorRuns } from './author-line.ts';
export { citationList } from './citation-list.ts';
export { type ContentStamp, canonicalJson, contentStamp, fnv1a64, lectureHash } from './content-stamp.ts';
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
export { type Slide, type SlideKind, type SlideSequenceOptions, slideSequence } from './slide-sequence.ts';
export type * from './types.ts';

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
