// What `npm run build` of the content says and how it exits once tsdown has staged the build: the lecture's
// problems (exit 1), or an output that cannot be written (a full disk, a read-only folder) as one line
// naming the file (exit 2), never a stack trace; 0 when the build is in place.
import { relative } from 'node:path';
import { WriteError } from '@vmvc/write-files';
import type { Promotion } from './promote-build.ts';

export async function buildContent(
  promote: () => Promise<Promotion>,
  stderr: (text: string) => void,
  /** Where the person ran the command, to show paths from there. */
  shownFrom: string,
): Promise<number> {
  let promotion: Promotion;
  try {
    promotion = await promote();
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const shown = relative(shownFrom, error.path) || error.path;
    stderr(`${shown}: ${error.reason}; nothing was built, the last build is as it was\n`);
    return 2;
  }
  if (promotion.ok) return 0;
  stderr(
    `packages/content/src/data: the lecture has ${promotion.problems.length} problem(s); nothing was built:\n`,
  );
  for (const problem of promotion.problems) stderr(`  ${problem}\n`);
  return 1;
}
