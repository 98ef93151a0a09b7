// `npm run pptx` (at the root): writes apps/deck/dist/lecture.pptx, the lecture as an editable PowerPoint
// (16:9) drawn from the content, not from the deck's HTML: turbo builds the content first.
// `--out <folder>` writes it elsewhere.
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentStamp, lecture } from '@vmvc/content';
import { verifyBuild } from '@vmvc/content/verify-build';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { defaultOutDir } from '../build/build-deck.ts';
import { buildPptx } from '../pptx/build-pptx.ts';

const usage = 'usage: npm run pptx [-- --out <folder>]';
let outDir = defaultOutDir;
try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  outDir = values.out ? resolve(values.out) : defaultOutDir;
} catch (error) {
  console.error(`pptx: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const build = verifyBuild(lecture);
if (!build.ok) {
  console.error(`pptx: ${build.problem}`);
  process.exit(2);
}

const started = performance.now();
const out = join(outDir, 'lecture.pptx');
try {
  const bytes = await buildPptx(lecture);
  await writeFiles([{ path: out, data: bytes }]);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `pptx: ${relative(process.cwd(), out) || out} · ${(bytes.byteLength / 1024).toFixed(0)} KB · content ${contentStamp(lecture).text} · ${seconds} s`,
  );
} catch (error) {
  const message = error instanceof WriteError ? `${error.path}: ${error.reason}` : (error as Error).message;
  console.error(`pptx failed: ${message}`);
  process.exitCode = 1;
}
