// The handouts command's arguments: which variants, on which paper, for whom, and where to.
import { parseArgs } from 'node:util';
import { type PaperId, paperIds } from '../documents/paper.ts';
import { type VariantId, variantIds } from '../documents/variants.ts';

interface CliOptions {
  variants: VariantId[];
  papers: PaperId[];
  speaker: boolean;
  /** The output directory as given, or null for the default `apps/handouts/dist`. */
  out: string | null;
  help: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string };

export const usage = `Usage: npm run handouts -- [--variant handout|summary|notes|all] [--paper a4|letter|all] [--speaker] [--out DIR]

Renders the lecture's printable PDFs. The default writes handout-a4.pdf, summary-a4.pdf and notes-a4.pdf
to apps/handouts/dist/ (Letter: -letter). --speaker prints the speaker notes under each slide card of the
notes variant (notes-speaker-a4.pdf). A relative --out is taken from where you ran the command.`;

function pick<T extends string>(
  name: string,
  value: string | undefined,
  valid: readonly T[],
  fallback: readonly T[],
): { ok: true; values: T[] } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, values: [...fallback] };
  if (value === 'all') return { ok: true, values: [...valid] };
  if ((valid as readonly string[]).includes(value)) return { ok: true, values: [value as T] };
  return {
    ok: false,
    message: `unknown ${name} "${value}": expected one of ${[...valid, 'all'].join(', ')}`,
  };
}

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let values: { variant?: string; paper?: string; speaker?: boolean; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        variant: { type: 'string' },
        paper: { type: 'string' },
        speaker: { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const variants = pick('variant', values.variant, variantIds, variantIds);
  if (!variants.ok) return variants;
  const papers = pick('paper', values.paper, paperIds, ['a4']);
  if (!papers.ok) return papers;
  if (values.out === '') return { ok: false, message: 'option --out: expected a directory, got ""' };
  return {
    ok: true,
    options: {
      variants: variants.values,
      papers: papers.values,
      speaker: values.speaker ?? false,
      out: values.out ?? null,
      help: values.help ?? false,
    },
  };
}
