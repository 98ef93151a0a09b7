// The shape of a data rule: a named check over schema-valid lecture data that reports problems by path.
import type { Problem } from '../problem.ts';
import type { Lecture } from '../schema/index.ts';

export interface Rule {
  /** The rule's file name without extension, e.g. `unique-reference-urls`. */
  name: string;
  /** One sentence saying what the rule demands of the data. */
  description: string;
  check(lecture: Lecture): Problem[];
}
