// Validates lecture data: its shape against the schema and every data rule, all problems in one run.
import type { z } from 'zod';
import { formatPath, type Problem } from './problem.ts';
import { rules, textLengths } from './rules/index.ts';
import { Lecture } from './shape/index.ts';

export type ValidationResult =
  | { ok: true; lecture: Lecture }
  | {
      ok: false;
      problems: Problem[];
      /** Rules that compare parts of the lecture and wait for its shape to be right; empty when they ran. */
      unchecked: string[];
    };

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

/** The most items any list of a lecture may have: far beyond a real one, far below what breaks the checker. */
const maxListLength = 10_000;
/** The deepest nesting of lists and objects a lecture may have (the schema's own is 6). */
const maxDepth = 32;

/**
 * Lists longer than `maxListLength` and nesting deeper than `maxDepth`, reported before the schema runs:
 * zod collected the 130,000 problems of one such file on its stack until it overflowed.
 */
function sizeProblems(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (value === null || typeof value !== 'object') return;
    if (at.length > maxDepth) {
      problems.push({
        path: formatPath(at),
        message: `nested ${at.length} deep: expected at most ${maxDepth}`,
      });
      return;
    }
    if (Array.isArray(value)) {
      if (value.length > maxListLength) {
        problems.push({
          path: formatPath(at),
          message: `${value.length.toLocaleString('en')} items: expected at most ${maxListLength.toLocaleString('en')}`,
        });
        return;
      }
      value.forEach((item, i) => {
        walk(item, [...at, i]);
      });
    } else for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
  };
  walk(input, []);
  return problems;
}

const lectureRules = rules.filter((rule) => rule.reads === 'lecture');

/**
 * Checks unknown input (parsed JSON, say) and returns either the typed lecture or every problem,
 * each with the path where it was found. Rules that read any value (text, dates) run beside the schema;
 * rules that compare parts of the lecture run once its shape is right, and are named as unchecked until then.
 */
export function validateLecture(input: unknown): ValidationResult {
  const tooLarge = sizeProblems(input);
  if (tooLarge.length > 0)
    return { ok: false, problems: tooLarge, unchecked: rules.map((rule) => rule.name) };
  // A string longer than any medium shows is reported before anything reads it: the text rules and the
  // schema scan every character (a 40 MB string took the readable-text rule 16-71 s and 2.5 GB).
  const tooLong = textLengths.check(input);
  if (tooLong.length > 0) {
    return {
      ok: false,
      problems: tooLong,
      unchecked: rules.filter((rule) => rule !== textLengths).map((rule) => rule.name),
    };
  }
  const valueProblems = new Map(
    rules.flatMap((rule) =>
      rule.reads === 'any value' ? [[rule, rule === textLengths ? [] : rule.check(input)] as const] : [],
    ),
  );
  let parsed: ReturnType<typeof Lecture.safeParse>;
  try {
    parsed = Lecture.safeParse(input);
  } catch (error) {
    // A last resort: the bounds above keep zod within its stack for any lecture they let through.
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      problems: [
        { path: formatPath([]), message: `too large to check (${error.message}): expected a lecture` },
      ],
      unchecked: rules.map((rule) => rule.name),
    };
  }
  if (!parsed.success) {
    return {
      ok: false,
      problems: [
        ...parsed.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: describeIssue(issue),
        })),
        ...[...valueProblems.values()].flat(),
      ],
      unchecked: lectureRules.map((rule) => rule.name),
    };
  }
  const { data } = parsed;
  const problems = rules.flatMap((rule) =>
    rule.reads === 'any value' ? (valueProblems.get(rule) ?? []) : rule.check(data),
  );
  return problems.length > 0 ? { ok: false, problems, unchecked: [] } : { ok: true, lecture: data };
}
