// Rule: every link a student may follow uses https, so a QR code on paper never opens a plain-http page.
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

function check(url: string, at: (string | number)[]): Problem[] {
  if (url.startsWith('https://')) return [];
  return [
    { path: formatPath(at), message: `"${url}" is not an https URL: expected it to start with https://` },
  ];
}

export const httpsUrls: LectureRule = {
  name: 'https-urls',
  reads: 'lecture',
  description: 'Reference URLs and product homepages use https.',
  check(lecture: Lecture): Problem[] {
    return [
      ...lecture.references.flatMap((r, i) => check(r.URL, ['references', i, 'URL'])),
      ...lecture.products.flatMap((p, i) => check(p.homepage, ['products', i, 'homepage'])),
    ];
  },
};
