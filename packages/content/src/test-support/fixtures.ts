// Helpers for tests: a private, mutable copy of the shipped lecture, and problems as printed lines.
import { lecture } from '../data/lecture.ts';
import { formatProblem } from '../problem.ts';
import type { Lecture } from '../schema/index.ts';
import { validateLecture } from '../validate-lecture.ts';

/** A deep copy of the shipped lecture that a test may change freely. */
export function freshLecture(): Lecture {
  return structuredClone(lecture);
}

/** Every problem `validateLecture` reports for the input, as `path: message` lines. */
export function problemLines(input: unknown): string[] {
  const result = validateLecture(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The paths of the problems `validateLecture` reports. */
export function problemPaths(input: unknown): string[] {
  const result = validateLecture(input);
  return result.ok ? [] : result.problems.map((p) => p.path);
}
