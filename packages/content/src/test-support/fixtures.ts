// Helpers for tests: a private, mutable copy of the shipped lecture.
import { lecture } from '../data/lecture.ts';
import type { Lecture } from '../types.ts';

/** A deep copy of the shipped lecture that a test may change freely. */
export function freshLecture(): Lecture {
  return structuredClone(lecture);
}
