// The lecture's title block: what it is called, who wrote it, in which language, and which version this is.
import { z } from 'zod';
import { IsoDate, Text } from './common.ts';

export const Author = z.strictObject({
  name: Text.meta({ description: 'The name in Latin script, given name first (Junghyun Kim).' }),
  nameOriginal: Text.optional().meta({
    description: 'The name in its original script (김정현), when it differs.',
  }),
  nameOriginalLanguage: z.string().optional().meta({ description: 'BCP 47 tag of nameOriginal, e.g. "ko".' }),
});
export type Author = z.infer<typeof Author>;

export const Meta = z.strictObject({
  title: Text,
  subtitle: Text,
  authors: z.array(Author).min(1),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a BCP 47 language tag such as "en"')
    .meta({ description: 'BCP 47 tag of the lecture text.' }),
  date: IsoDate.meta({
    description: 'Date of this text of the lecture. Outputs use it as their creation date, never the clock.',
  }),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'expected a semantic version such as "1.2.3"')
    .meta({ description: 'Version of @vmvc/content that carries this text.' }),
  license: z.string().meta({ description: 'SPDX identifier of the licence of the lecture text.' }),
  keywords: z.array(Text),
});
export type Meta = z.infer<typeof Meta>;
