// `npm run build`: writes the deck app's part of what a lecturer hands out, as one set, into apps/deck/dist:
// index.html (the whole deck in one self-contained file), slides.pdf and lecture.pptx. `--out <folder>` writes
// them elsewhere.
import { resolve } from 'node:path';
import { defineCommand, displayPath, exitCode, startCommand } from '@vmvc/command';
import { WriteError } from '@vmvc/write-files';
import { defaultOutDir } from '../build/build-deck.ts';
import { buildDeckSet } from '../build/build-deck-set.ts';

const build = defineCommand({
  name: 'deck build',
  usage: 'usage: npm run build [-- --out <folder>]',
  options: { out: { type: 'string' } },
  currentContent: true,
  async run({ values, io, lecture }) {
    const outDir = values.out === undefined ? defaultOutDir : resolve(io.cwd, values.out);
    try {
      const set = await buildDeckSet({ lecture, outDir });
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
      const s = (seconds: number) => `${seconds.toFixed(2)} s`;
      const stamp = `content ${set.stamp.text}`;
      io.stdout(
        `deck: ${displayPath(io.cwd, set.deck.path)} · ${set.slideCount} slides · ${kb(set.deck.bytes)} · ${stamp} · ${s(set.deck.seconds)}`,
      );
      io.stdout(
        `slides pdf: ${displayPath(io.cwd, set.slidesPdf.path)} · ${kb(set.slidesPdf.bytes)} · ${stamp} · ${s(set.slidesPdf.seconds)}`,
      );
      io.stdout(
        `pptx: ${displayPath(io.cwd, set.pptx.path)} · ${kb(set.pptx.bytes)} · ${stamp} · ${s(set.pptx.seconds)}`,
      );
    } catch (error) {
      io.stderr(`deck build failed: ${(error as Error).message}`);
      // An output it may not write is the README's exit 2; a slide that does not fit stays 1.
      return error instanceof WriteError ? exitCode.usage : exitCode.problems;
    }
  },
});

await startCommand(build);
