// The lecture's author line, the one wording every medium prints: `Junghyun Kim (김정현)`.
import type { Author } from './types.ts';

/** A piece of the author line; `lang` is set on a name written in its original script. */
export interface AuthorRun {
  text: string;
  /** BCP 47 tag of this run's text, for `<span lang="ko">` in HTML and per-span language in PDF. */
  lang?: string;
}

/**
 * The author line as runs: the Latin-script name, and the original-script name (in brackets) carrying
 * its `nameOriginalLanguage`. Neighbouring runs without a language are merged, so a renderer needs a
 * span only where the language changes. Joined, the runs' text is exactly `authorLine(authors)`.
 */
export function authorRuns(authors: readonly Author[]): AuthorRun[] {
  const runs: AuthorRun[] = [];
  const plain = (text: string) => {
    const last = runs.at(-1);
    if (last && last.lang === undefined) last.text += text;
    else runs.push({ text });
  };
  authors.forEach((author, i) => {
    if (i > 0) plain(', ');
    plain(author.name);
    if (!author.nameOriginal) return;
    plain(' (');
    if (author.nameOriginalLanguage)
      runs.push({ text: author.nameOriginal, lang: author.nameOriginalLanguage });
    else plain(author.nameOriginal);
    plain(')');
  });
  return runs;
}

/**
 * Names the authors: `Junghyun Kim (김정현)`; an author without an original-script name is just
 * `Junghyun Kim`; several authors are joined with ", ".
 */
export function authorLine(authors: readonly Author[]): string {
  return authorRuns(authors)
    .map((run) => run.text)
    .join('');
}
