// The lecture's JSON Schema, generated from the zod schema, for tools in any language.
import { z } from 'zod';
import { Lecture } from './shape/index.ts';

/**
 * JSON Schema (draft 2020-12) of the lecture data, as shipped in `@vmvc/content/schema.json`. It describes a
 * lecture file as written (zod's input side): a field with a default, such as `questions`, may be left out.
 */
export function lectureJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Lecture, { target: 'draft-2020-12', unrepresentable: 'throw', io: 'input' }),
    $id: 'https://unpkg.com/@vmvc/content/schema.json',
  };
}
