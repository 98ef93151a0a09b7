// A reference as a CSL-JSON item (what Zotero, pandoc and citation-js read), limited to the fields
// this lecture uses so that a typo in a field name is an error rather than a silently lost value.
import { z } from 'zod';
import { Id, Text, Url } from './common.ts';

/** A CSL date with year, month and day: `{ "date-parts": [[2024, 9, 22]] }`. */
export const CslDate = z.strictObject({
  'date-parts': z.tuple([
    z.tuple([z.int().min(1900).max(2999), z.int().min(1).max(12), z.int().min(1).max(31)]),
  ]),
});
export type CslDate = z.infer<typeof CslDate>;

export const CslName = z.strictObject({
  literal: Text.meta({ description: 'An organisation or a name written as one string.' }),
});
export type CslName = z.infer<typeof CslName>;

export const Reference = z.strictObject({
  id: Id,
  type: z.literal('webpage'),
  title: Text.meta({ description: 'The title as published, in its original language.' }),
  'translated-title': Text.optional().meta({
    description: 'An English translation of a title published in another language.',
  }),
  author: z.array(CslName).optional(),
  'container-title': Text.meta({ description: 'The site the page belongs to (Microsoft Learn, AWS, ...).' }),
  publisher: Text,
  issued: CslDate.optional().meta({ description: 'Publication date, when the source gives one.' }),
  accessed: CslDate,
  URL: Url,
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag such as "ko"'),
  note: Text.optional().meta({ description: 'Why this entry differs from the source list, if it does.' }),
});
export type Reference = z.infer<typeof Reference>;
