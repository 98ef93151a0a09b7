// The lecture "VM vs Container" assembled from its parts: the canonical data every output is made from.
import type { Lecture } from '../schema/index.js';
import { comparison, keyDifferences, profiles } from './comparison.js';
import { figures } from './figures.js';
import { frame } from './frame.js';
import { meta } from './meta.js';
import { products } from './products.js';
import { references } from './references.js';
import { sections } from './sections.js';
import { terms } from './terms.js';

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
};
