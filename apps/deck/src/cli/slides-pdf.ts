// `npm run slides:pdf` (at the root): writes apps/deck/dist/slides.pdf, the slides as a PDF for an LMS
// upload, from the built deck; `-- --notes` writes dist/slides-with-notes.pdf, each slide followed by a
// page of its speaker notes. turbo builds the content and the deck first.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineCommand, displayPath, exitCode, startCommand } from '@vmvc/command';
import { contentStamp } from '@vmvc/content';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { defaultOutDir } from '../build/build-deck.ts';
import { slidesPdf } from '../pdf/slides-pdf.ts';

const slidesPdfCommand = defineCommand({
  name: 'slides pdf',
  usage: 'usage: npm run slides:pdf [-- --notes]',
  options: { notes: { type: 'boolean' } },
  currentContent: true,
  async run({ values, io, lecture }) {
    const notes = values.notes ?? false;
    // The PDF is printed from the built deck: it must be the deck of this lecture.
    const file = join(defaultOutDir, 'index.html');
    const stamp = contentStamp(lecture).text;
    const html = await readFile(file, 'utf8').catch(() => '');
    if (!html.includes(`<meta name="vmvc-content-stamp" content="${stamp}">`)) {
      io.stderr(
        `slides pdf: ${displayPath(io.cwd, file)} is missing or not built from the current lecture (${stamp}): run \`npm run build\` first`,
      );
      return exitCode.usage;
    }
    const started = performance.now();
    const out = join(defaultOutDir, notes ? 'slides-with-notes.pdf' : 'slides.pdf');
    try {
      const bytes = await slidesPdf({ file, lecture, notes });
      await writeFiles([{ path: out, data: bytes }]);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      io.stdout(
        `slides pdf: ${displayPath(io.cwd, out)} · ${(bytes.byteLength / 1024).toFixed(0)} KB · content ${stamp} · ${seconds} s`,
      );
    } catch (error) {
      const message =
        error instanceof WriteError ? `${error.path}: ${error.reason}` : (error as Error).message;
      io.stderr(`slides pdf failed: ${message}`);
      // An output it may not write is the README's exit 2; a failed render stays 1.
      return error instanceof WriteError ? exitCode.usage : exitCode.problems;
    }
  },
});

await startCommand(slidesPdfCommand);
