// Every data rule, in the order their problems are reported.
import { accessedNotBeforeIssued } from './accessed-not-before-issued.ts';
import { calendarDates } from './calendar-dates.ts';
import { comparisonBothSides } from './comparison-both-sides.ts';
import { drawableText } from './drawable-text.ts';
import { httpsUrls } from './https-urls.ts';
import { productsPerKind } from './products-per-kind.ts';
import { questionAnswers } from './question-answers.ts';
import { readableText } from './readable-text.ts';
import { referencedIdsExist } from './referenced-ids-exist.ts';
import type { Rule } from './rule.ts';
import { textLengths } from './text-lengths.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniqueReferenceUrls } from './unique-reference-urls.ts';

export type { Rule } from './rule.ts';
export { textLengths } from './text-lengths.ts';

export const rules: readonly Rule[] = [
  uniqueIds,
  referencedIdsExist,
  uniqueReferenceUrls,
  calendarDates,
  accessedNotBeforeIssued,
  httpsUrls,
  textLengths,
  readableText,
  drawableText,
  comparisonBothSides,
  productsPerKind,
  questionAnswers,
];
