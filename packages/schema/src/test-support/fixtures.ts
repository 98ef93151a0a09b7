// Helpers for tests: a private, mutable copy of the shipped lecture, and problems as printed lines.
// The lecture is read from the content package's sources by path, not as a package: @vmvc/content builds with
// this package (its build validates the lecture), so a dependency back on it would be a cycle in the build.
import { lecture } from '../../../content/src/data/lecture.ts';
import { formatProblem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
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
