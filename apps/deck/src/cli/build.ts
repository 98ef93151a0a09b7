// `npm run build`: writes apps/deck/dist/index.html, the whole deck in one self-contained file.
// `--out <folder>` writes it elsewhere.
import { resolve } from 'node:path';
import { defineCommand, displayPath, exitCode, startCommand } from '@vmvc/command';
import { buildDeck, defaultOutDir } from '../build/build-deck.ts';

const build = defineCommand({
  name: 'deck build',
  usage: 'usage: npm run build [-- --out <folder>]',
  options: { out: { type: 'string' } },
  currentContent: true,
  async run({ values, io, lecture }) {
    const outDir = values.out === undefined ? defaultOutDir : resolve(io.cwd, values.out);
    const started = performance.now();
    try {
      const result = await buildDeck({ lecture, outDir });
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      io.stdout(
        `deck: ${displayPath(io.cwd, result.file)} · ${result.slideCount} slides · ${(result.bytes / 1024).toFixed(0)} KB · content ${result.stamp.text} · ${seconds} s`,
      );
    } catch (error) {
      io.stderr(`deck build failed: ${(error as Error).message}`);
      return exitCode.problems;
    }
  },
});

await startCommand(build);
