// The shape of a data rule: a named check that reports problems by path. Most rules compare parts of a
// schema-valid lecture; a few read any JSON value, so that their problems are reported beside the schema's.
import type { Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';

interface RuleInfo {
  /** The rule's file name without extension, e.g. `unique-reference-urls`. */
  name: string;
  /** One sentence saying what the rule demands of the data. */
  description: string;
}

/** A rule over any JSON value: it runs even when the lecture's shape is wrong and checks what it can find. */
export interface ValueRule extends RuleInfo {
  reads: 'any value';
  check(value: unknown): Problem[];
}

/** A rule that compares parts of a lecture (ids, references, dates against dates): it needs the right shape. */
export interface LectureRule extends RuleInfo {
  reads: 'lecture';
  check(lecture: Lecture): Problem[];
}

export type Rule = ValueRule | LectureRule;
