// The lecture "VM vs Container" assembled from its parts: the canonical data every output is made from.
import type { Lecture } from '../types.ts';
import { comparison, keyDifferences, profiles } from './comparison.ts';
import { figures } from './figures.ts';
import { frame } from './frame.ts';
import { meta } from './meta.ts';
import { products } from './products.ts';
import { questions } from './questions.ts';
import { references } from './references.ts';
import { sections } from './sections.ts';
import { terms } from './terms.ts';

export const lecture: Lecture = {
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
};
