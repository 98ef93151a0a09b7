// `npm run build`: writes apps/deck/dist/index.html, the whole deck in one self-contained file.
// `--out <folder>` writes it elsewhere.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { lecture } from '@vmvc/content';
import { verifyBuild } from '@vmvc/content/verify-build';
import { buildDeck, defaultOutDir } from '../build/build-deck.ts';

const usage = 'usage: npm run build [-- --out <folder>]';

let outDir = defaultOutDir;
try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  outDir = values.out ?? defaultOutDir;
} catch (error) {
  console.error(`deck build: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

// Only a build of the lecture that passed validation, made from the sources as they are now.
const build = verifyBuild(lecture);
if (!build.ok) {
  console.error(`deck build: ${build.problem}`);
  process.exit(2);
}

const started = performance.now();
try {
  const result = await buildDeck({ lecture, outDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const where = relative(process.cwd(), result.file) || result.file;
  console.log(
    `deck: ${where} · ${result.slideCount} slides · ${(result.bytes / 1024).toFixed(0)} KB · content ${result.stamp.text} · ${seconds} s`,
  );
} catch (error) {
  console.error(`deck build failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
