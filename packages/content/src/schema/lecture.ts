// The whole lecture: the one schema every renderer, export and outside tool relies on.
import { z } from 'zod';
import { Figure } from './architecture.js';
import { Comparison, KeyDifference, Profiles } from './comparison.js';
import { Meta } from './meta.js';
import { Product } from './product.js';
import { Reference } from './reference.js';
import { Frame, Section } from './section.js';
import { Term } from './term.js';

export const Lecture = z
  .strictObject({
    meta: Meta,
    sections: z.array(Section).min(1).meta({ description: 'The sections in lecture order.' }),
    frame: Frame,
    terms: z.array(Term),
    products: z.array(Product),
    comparison: Comparison,
    keyDifferences: z.array(KeyDifference),
    profiles: Profiles,
    figures: z.array(Figure),
    references: z.array(Reference).meta({ description: 'CSL-JSON items, in citation order: [1] first.' }),
  })
  .meta({
    title: 'Lecture',
    description:
      'A lecture of the vmvc course kit: the canonical data behind its slides, handouts and exports.',
  });
export type Lecture = z.infer<typeof Lecture>;
