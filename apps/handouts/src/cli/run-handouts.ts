// The handouts command: renders the chosen variants and papers, then writes them all, one line per file.
import { resolve } from 'node:path';
import type { Lecture } from '@vmvc/content';
import { writeFiles } from '@vmvc/write-files';
import { defaultOutDir } from '../app-dir.ts';
import { fileName, type RenderOptions } from '../documents/variants.ts';
import { codeIdentity, recordRendered } from '../render/render-record.ts';
import { parseCliArgs, usage } from './cli-args.ts';
import { type CliIo, displayPath, processIo } from './cli-io.ts';
import { formatReport } from './report.ts';

const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs the command; returns the exit code. The lecture is a parameter so tests can render fixtures; the
 * shipped one by default.
 */
export async function runHandouts(
  argv: readonly string[],
  io: CliIo = processIo,
  lecture?: Lecture,
): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`handouts: ${parsed.message}`);
    io.stderr(usage);
    return exitCodes.usage;
  }
  const { options } = parsed;
  if (options.help) {
    io.stdout(usage);
    return exitCodes.ok;
  }
  const outDir = options.out === null ? defaultOutDir : resolve(io.cwd, options.out);
  const jobs: RenderOptions[] = options.variants.flatMap((variant) =>
    options.papers.map((paper) => ({ variant, paper, speaker: options.speaker })),
  );

  // Loaded only now, so that a mistyped argument is answered at once: react-pdf takes a while to load.
  const { RenderError, renderJobs } = await import('../render/render-jobs.ts');
  const subject = lecture ?? (await import('@vmvc/content')).lecture;
  // Render everything first: if one fails, no file is touched.
  let rendered: { path: string; bytes: Buffer; pages: number; ms: number }[];
  try {
    rendered = (await renderJobs(subject, jobs)).map((r) => ({
      ...r,
      path: resolve(outDir, fileName(r.job)),
    }));
  } catch (error) {
    const prefix = error instanceof RenderError ? `${fileName(error.job)}: ` : '';
    io.stderr(`handouts: ${prefix}${(error as Error).message}`);
    io.stderr(`handouts: nothing written; the PDFs in ${displayPath(io.cwd, outDir)} are as they were`);
    return exitCodes.failed;
  }
  try {
    await writeFiles(rendered.map((r) => ({ path: r.path, data: r.bytes })));
  } catch (error) {
    io.stderr(`handouts: ${(error as Error).message}`);
    return exitCodes.failed;
  }
  // For `npm run dev`, which need not render at its start what was just written (render-record.ts).
  const code = await codeIdentity();
  if (code !== null) {
    const { lectureHash } = await import('@vmvc/content');
    await recordRendered(rendered, { lectureHash: lectureHash(subject), code });
  }
  const rows = rendered.map((r) => ({ ...r, path: displayPath(io.cwd, r.path), bytes: r.bytes.length }));
  for (const line of formatReport(rows)) io.stdout(line);
  return exitCodes.ok;
}
