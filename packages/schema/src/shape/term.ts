// A glossary entry: a term the lecture uses and what it means.
import { z } from 'zod';
import { Id, Text } from './common.ts';

export const Term = z.strictObject({
  id: Id,
  term: Text,
  definition: Text,
  source: z.enum(['seed', 'added']).meta({
    description:
      '"seed" when the author defined the term; "added" when the kit defines a term the text uses.',
  }),
});
export type Term = z.infer<typeof Term>;
