// Validates lecture data: first its shape against the schema, then every data rule. One place, one voice.
import type { z } from 'zod';
import { formatPath, type Problem } from './problem.ts';
import { rules } from './rules/index.ts';
import { Lecture } from './schema/index.ts';

export type ValidationResult = { ok: true; lecture: Lecture } | { ok: false; problems: Problem[] };

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: expected only the fields the schema defines`;
    case 'invalid_type':
      // zod says "Invalid input: expected string, received undefined"; a reader needs "missing".
      return /received undefined$/.test(issue.message)
        ? `missing: expected ${issue.expected}`
        : issue.message.replace(/^Invalid input: /, '');
    default:
      return issue.message.replace(/^Invalid (?:input|option): /, '');
  }
}

/**
 * Checks unknown input (parsed JSON, say) and returns either the typed lecture or every problem,
 * each with the path where it was found. Rules run only on data whose shape is right.
 */
export function validateLecture(input: unknown): ValidationResult {
  const parsed = Lecture.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: describeIssue(issue),
      })),
    };
  }
  const problems = rules.flatMap((rule) => rule.check(parsed.data));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lecture: parsed.data };
}
