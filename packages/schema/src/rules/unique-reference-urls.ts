// Rule: one source is one reference. Two entries for the same URL (the seed listed one page twice)
// would be numbered and cited as two sources.
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

/** The form under which two URLs are the same page: host case, a trailing slash and a fragment ignored. */
export function comparableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return url;
  }
}

export const uniqueReferenceUrls: LectureRule = {
  name: 'unique-reference-urls',
  reads: 'lecture',
  description: 'No two references point to the same URL.',
  check(lecture: Lecture): Problem[] {
    const seen = new Map<string, number>();
    const problems: Problem[] = [];
    lecture.references.forEach((reference, index) => {
      const key = comparableUrl(reference.URL);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
      } else {
        problems.push({
          path: formatPath(['references', index, 'URL']),
          message: `same URL as references[${first}] ("${lecture.references[first]?.id}"): expected one reference per source; merge the two`,
        });
      }
    });
    return problems;
  },
};
