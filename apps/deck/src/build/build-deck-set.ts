// What `npm run build` makes of the deck app, as one set: the deck (index.html), the slides as a PDF for an LMS
// (slides.pdf) and the editable PowerPoint (lecture.pptx), all three from one lecture, written together (all or
// none), so that the folder never holds a slides PDF or a PowerPoint of another lecture than the deck beside it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Lecture } from '@vmvc/content';
import { makeDirectory, writeFiles } from '@vmvc/write-files';
import { slidesPdf } from '../pdf/slides-pdf.ts';
import { buildPptx } from '../pptx/build-pptx.ts';
import { type RenderedDeck, renderDeck } from './build-deck.ts';

/** The files of the set, by medium. */
const deckSetFiles = { deck: 'index.html', slidesPdf: 'slides.pdf', pptx: 'lecture.pptx' } as const;

interface DeckSetFile {
  path: string;
  bytes: number;
  /** Seconds its making took. */
  seconds: number;
}

export interface DeckSet extends Omit<RenderedDeck, 'html'> {
  deck: DeckSetFile;
  slidesPdf: DeckSetFile;
  pptx: DeckSetFile;
}

const since = (started: number) => (performance.now() - started) / 1000;

/**
 * The slides PDF of a deck not yet written: Chromium prints the page from a file (reveal.js's print view is
 * asked for in the URL), so the deck goes to a private temporary folder for the print and is removed after.
 */
async function printDeck(html: string, lecture: Lecture): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-print-'));
  try {
    const file = join(dir, 'index.html');
    await writeFile(file, html);
    return await slidesPdf({ file, lecture });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Makes the three files from `lecture` and writes them into `outDir` as one set. */
export async function buildDeckSet({
  lecture,
  outDir,
}: {
  lecture: Lecture;
  outDir: string;
}): Promise<DeckSet> {
  // Fail before the work, not after it, when the folder cannot be made.
  await makeDirectory(resolve(outDir));
  let started = performance.now();
  const { html, ...deck } = await renderDeck(lecture);
  const deckSeconds = since(started);
  started = performance.now();
  // The PowerPoint is drawn from the content while Chromium prints the slides.
  const [slides, pptx] = await Promise.all([
    printDeck(html, lecture).then((bytes) => ({ bytes, seconds: since(started) })),
    buildPptx(lecture).then((bytes) => ({ bytes, seconds: since(started) })),
  ]);
  const path = (name: string) => join(outDir, name);
  await writeFiles([
    { path: path(deckSetFiles.deck), data: html },
    { path: path(deckSetFiles.slidesPdf), data: slides.bytes },
    { path: path(deckSetFiles.pptx), data: pptx.bytes },
  ]);
  return {
    ...deck,
    deck: { path: path(deckSetFiles.deck), bytes: Buffer.byteLength(html), seconds: deckSeconds },
    slidesPdf: {
      path: path(deckSetFiles.slidesPdf),
      bytes: slides.bytes.byteLength,
      seconds: slides.seconds,
    },
    pptx: { path: path(deckSetFiles.pptx), bytes: pptx.bytes.byteLength, seconds: pptx.seconds },
  };
}
