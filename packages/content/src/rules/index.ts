// Every data rule, in the order their problems are reported.
import { accessedNotBeforeIssued } from './accessed-not-before-issued.js';
import { comparisonBothSides } from './comparison-both-sides.js';
import { httpsUrls } from './https-urls.js';
import { nonEmptyText } from './non-empty-text.js';
import { productsPerKind } from './products-per-kind.js';
import { referencedIdsExist } from './referenced-ids-exist.js';
import type { Rule } from './rule.js';
import { uniqueIds } from './unique-ids.js';
import { uniqueReferenceUrls } from './unique-reference-urls.js';

export type { Rule } from './rule.js';

export const rules: readonly Rule[] = [
  uniqueIds,
  referencedIdsExist,
  uniqueReferenceUrls,
  accessedNotBeforeIssued,
  httpsUrls,
  nonEmptyText,
  comparisonBothSides,
  productsPerKind,
];
