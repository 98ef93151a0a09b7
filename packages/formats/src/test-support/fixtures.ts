// Helpers for tests: a private, mutable copy of the shipped lecture, and a lecture's problems as printed lines.
import { type Lecture, lecture } from '@vmvc/content';
import { formatProblem, validateLecture } from '@vmvc/schema';

/** A deep copy of the shipped lecture that a test may change freely. */
export function freshLecture(): Lecture {
  return structuredClone(lecture);
}

/** Every problem `validateLecture` reports for the input, as `path: message` lines. */
export function problemLines(input: unknown): string[] {
  const result = validateLecture(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}
