// What Moodle's GIFT and XML imports read alike: where the questions are filed (a category path under the
// course's question bank, one category per section of the lecture) and how a short answer is compared.

import type { Lecture } from '@vmvc/content';
import type { BankCategory } from './question-bank.ts';

/**
 * The names joined as Moodle joins a category path (qformat_default::assemble_category_path): `/` between names,
 * a `/` inside a name doubled, and a space against a name's leading or trailing `/`. Line breaks become spaces.
 */
function moodleCategoryPath(names: readonly string[]): string {
  return names
    .map((name) => {
      const escaped = name.replace(/\s+/g, ' ').trim().replace(/\//g, '//');
      return `${escaped.startsWith('/') ? ' ' : ''}${escaped}${escaped.endsWith('/') ? ' ' : ''}`;
    })
    .join('/');
}

/** The category of one section of the lecture in the course's question bank: `$course$/top/<lecture>/<section>`. */
export function categoryPath(lecture: Lecture, category: BankCategory): string {
  return `$course$/top/${moodleCategoryPath([lecture.meta.title, category.title])}`;
}

/**
 * A short answer as Moodle compares it: `*` is its wildcard, so a literal one is written `\*`. Letter case is
 * ignored (Moodle XML says `<usecase>0</usecase>`; GIFT's short answers always ignore it).
 */
export function moodleShortAnswer(answer: string): string {
  return answer.replace(/\*/g, '\\*');
}
