// Which PDFs the handouts command renders: the variants and papers asked for, for whom.
import { UsageError } from '@vmvc/command';
import { type PaperId, paperIds } from '../documents/paper.ts';
import { type RenderOptions, variantIds } from '../documents/variants.ts';

export interface HandoutChoice {
  variant?: string | undefined;
  paper?: string | undefined;
  speaker?: boolean | undefined;
}

/** `value` as a list of valid values ("all": every one); an unknown value names the valid ones. */
function pick<T extends string>(
  name: string,
  value: string | undefined,
  valid: readonly T[],
  fallback: readonly T[],
): T[] {
  if (value === undefined) return [...fallback];
  if (value === 'all') return [...valid];
  if ((valid as readonly string[]).includes(value)) return [value as T];
  throw new UsageError(`unknown ${name} "${value}": expected one of ${[...valid, 'all'].join(', ')}`);
}

/** The render jobs of the command's options: every variant on A4 by default; throws UsageError. */
export function handoutJobs(choice: HandoutChoice): RenderOptions[] {
  const variants = pick('variant', choice.variant, variantIds, variantIds);
  const papers = pick<PaperId>('paper', choice.paper, paperIds, ['a4']);
  return variants.flatMap((variant) =>
    papers.map((paper) => ({ variant, paper, speaker: choice.speaker ?? false })),
  );
}
