// `npm run pptx` (at the root): writes apps/deck/dist/lecture.pptx, the lecture as an editable PowerPoint
// (16:9) drawn from the content, not from the deck's HTML: turbo builds the content first.
// `--out <folder>` writes it elsewhere.
import { join, resolve } from 'node:path';
import { defineCommand, displayPath, exitCode, startCommand } from '@vmvc/command';
import { contentStamp } from '@vmvc/content';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { defaultOutDir } from '../build/build-deck.ts';
import { buildPptx } from '../pptx/build-pptx.ts';

const pptx = defineCommand({
  name: 'pptx',
  usage: 'usage: npm run pptx [-- --out <folder>]',
  options: { out: { type: 'string' } },
  currentContent: true,
  async run({ values, io, lecture }) {
    const outDir = values.out ? resolve(io.cwd, values.out) : defaultOutDir;
    const started = performance.now();
    const out = join(outDir, 'lecture.pptx');
    try {
      const bytes = await buildPptx(lecture);
      await writeFiles([{ path: out, data: bytes }]);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      io.stdout(
        `pptx: ${displayPath(io.cwd, out)} · ${(bytes.byteLength / 1024).toFixed(0)} KB · content ${contentStamp(lecture).text} · ${seconds} s`,
      );
    } catch (error) {
      const message =
        error instanceof WriteError ? `${error.path}: ${error.reason}` : (error as Error).message;
      io.stderr(`pptx failed: ${message}`);
      // An output it may not write is the README's exit 2; a failed render stays 1.
      return error instanceof WriteError ? exitCode.usage : exitCode.problems;
    }
  },
});

await startCommand(pptx);
