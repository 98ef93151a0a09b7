// The whole lecture: the one schema every renderer, export and outside tool relies on.
import { z } from 'zod';
import { Comparison, KeyDifference, Profiles } from './comparison.ts';
import { Figure } from './figure.ts';
import { Meta } from './meta.ts';
import { Product } from './product.ts';
import { Question } from './question.ts';
import { Reference } from './reference.ts';
import { Frame, Section } from './section.ts';
import { Term } from './term.ts';

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
    // Optional in a lecture file, so that a lecture written before the question bank (or without one) stays
    // valid; a validated lecture always has the list, empty when the file has none.
    questions: z.array(Question).default([]).meta({
      description:
        "The lecturer's questions for the question bank, in lecture order. The exports add questions generated from the glossary and the products.",
    }),
  })
  .meta({
    title: 'Lecture',
    description:
      'A lecture of the vmvc course kit: the canonical data behind its slides, handouts and exports.',
  });
export type Lecture = z.infer<typeof Lecture>;
