// The handouts command: renders the chosen variants and papers, then writes them all, one line per file.
import { resolve } from 'node:path';
import { defineCommand, displayPath, exitCode, UsageError } from '@vmvc/command';
import type { Lecture } from '@vmvc/content';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { defaultOutDir } from '../app-dir.ts';
import { fileName } from '../documents/variants.ts';
import { codeIdentity, recordRendered } from '../render/render-record.ts';
import { handoutJobs } from './handout-jobs.ts';
import { formatReport } from './report.ts';

const usage = `Usage: npm run handouts -- [--variant handout|summary|notes|all] [--paper a4|letter|all] [--speaker] [--out DIR]

Renders the lecture's printable PDFs. The default writes handout-a4.pdf, summary-a4.pdf and notes-a4.pdf
to apps/handouts/dist/ (Letter: -letter). --speaker prints the speaker notes under each slide card of the
notes variant (notes-speaker-a4.pdf). A relative --out is taken from where you ran the command.`;

/** The command; `fixture` renders another lecture than the build's (tests). */
export function handoutsCommand(fixture?: Lecture) {
  return defineCommand({
    name: 'handouts',
    usage,
    options: {
      variant: { type: 'string' },
      paper: { type: 'string' },
      speaker: { type: 'boolean' },
      out: { type: 'string' },
    },
    currentContent: true,
    async run({ values, io, lecture }) {
      const jobs = handoutJobs(values);
      if (values.out === '') throw new UsageError('option --out: expected a directory, got ""');
      const outDir = values.out === undefined ? defaultOutDir : resolve(io.cwd, values.out);
      // Loaded only now, so that a mistyped argument is answered at once: react-pdf takes a while to load.
      const { RenderError, renderJobs } = await import('../render/render-jobs.ts');
      const subject = fixture ?? lecture;
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
        return exitCode.problems;
      }
      try {
        await writeFiles(rendered.map((r) => ({ path: r.path, data: r.bytes })));
      } catch (error) {
        io.stderr(`handouts: ${(error as Error).message}`);
        // An output it may not write (a file where a folder must be, a read-only file) is the README's 2.
        return error instanceof WriteError ? exitCode.usage : exitCode.problems;
      }
      // For `npm run dev`, which need not render at its start what was just written (render-record.ts).
      const code = await codeIdentity();
      if (code !== null) {
        const { lectureHash } = await import('@vmvc/content');
        await recordRendered(rendered, { lectureHash: lectureHash(subject), code });
      }
      const rows = rendered.map((r) => ({ ...r, path: displayPath(io.cwd, r.path), bytes: r.bytes.length }));
      for (const line of formatReport(rows)) io.stdout(line);
      return exitCode.ok;
    },
  });
}
