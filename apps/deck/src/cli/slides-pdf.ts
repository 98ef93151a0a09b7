// `npm run slides:pdf` (at the root): writes apps/deck/dist/slides.pdf, the slides as a PDF for an LMS
// upload, from the built deck; `-- --notes` writes dist/slides-with-notes.pdf, each slide followed by a
// page of its speaker notes. turbo builds the content and the deck first.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentStamp, lecture } from '@vmvc/content';
import { verifyBuild } from '@vmvc/content/verify-build';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { defaultOutDir } from '../build/build-deck.ts';
import { slidesPdf } from '../pdf/slides-pdf.ts';

const usage = 'usage: npm run slides:pdf [-- --notes]';

let notes = false;
try {
  const { values } = parseArgs({ options: { notes: { type: 'boolean' } } });
  notes = values.notes ?? false;
} catch (error) {
  console.error(`slides pdf: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const build = verifyBuild(lecture);
if (!build.ok) {
  console.error(`slides pdf: ${build.problem}`);
  process.exit(2);
}

// The PDF is printed from the built deck: it must be the deck of this lecture.
const file = join(defaultOutDir, 'index.html');
const stamp = contentStamp(lecture).text;
const html = await readFile(file, 'utf8').catch(() => '');
if (!html.includes(`<meta name="vmvc-content-stamp" content="${stamp}">`)) {
  console.error(
    `slides pdf: ${file} is missing or not built from the current lecture (${stamp}): run \`npm run build\` first`,
  );
  process.exit(2);
}

const started = performance.now();
const out = join(defaultOutDir, notes ? 'slides-with-notes.pdf' : 'slides.pdf');
try {
  const bytes = await slidesPdf({ file, lecture, notes });
  await writeFiles([{ path: out, data: bytes }]);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `slides pdf: ${relative(process.cwd(), out) || out} · ${(bytes.byteLength / 1024).toFixed(0)} KB · content ${stamp} · ${seconds} s`,
  );
} catch (error) {
  const message = error instanceof WriteError ? `${error.path}: ${error.reason}` : (error as Error).message;
  console.error(`slides pdf failed: ${message}`);
  process.exitCode = 1;
}
