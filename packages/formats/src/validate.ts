// Validation as this package's users call it: any input (parsed JSON, say) checked against the lecture's
// schema and every data rule, with the published `Lecture` type on success. The checks are @vmvc/schema's,
// bundled in; this module only gives them types a project can see without the schema library.
import type { Lecture } from '@vmvc/content';
import { formatProblem as format, validateLecture as validate } from '@vmvc/schema';

/** One thing wrong with a lecture: where (`references[3].accessed`, empty for the whole file) and what was expected. */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; lecture: Lecture }
  | {
      ok: false;
      problems: Problem[];
      /** Rules that compare parts of the lecture and wait for its shape to be right; empty when they ran. */
      unchecked: string[];
    };

/** Every problem of `input` as a lecture, each with its path, or the typed lecture when there is none. */
export function validateLecture(input: unknown): ValidationResult {
  return validate(input);
}

/** The one line a tool prints for a problem: `references[3].accessed: …`. */
export function formatProblem(problem: Problem): string {
  return format(problem);
}
