// The lecture's JSON Schema, generated from the zod schema, for tools in any language.
import { z } from 'zod';
import { Lecture } from './schema/index.ts';

/** JSON Schema (draft 2020-12) of the lecture data, as shipped in `@vmvc/content/schema.json`. */
export function lectureJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Lecture, { target: 'draft-2020-12', unrepresentable: 'throw' }),
    $id: 'https://unpkg.com/@vmvc/content/schema.json',
  };
}
