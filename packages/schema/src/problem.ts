// A problem found in lecture data, and how its location is written: `references[3].accessed`.

/** One thing wrong with the data: where it is, and what was expected there. */
export interface Problem {
  /** Where in the data, e.g. `sections[2].slides[0].bullets[1]`; empty for the whole document. */
  path: string;
  message: string;
}

const plainKey = /^[A-Za-z_$][\w$-]*$/;

/** Writes a path as a reader of the JSON would: `references[3].accessed`, `["odd key"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && plainKey.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** The one-line form every tool prints: `path: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path || '(document)'}: ${problem.message}`;
}
