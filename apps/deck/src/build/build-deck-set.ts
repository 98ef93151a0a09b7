// What `npm run build` makes of the deck app, as one set: the deck (index.html), the slides as a PDF for an LMS
// (slides.pdf) and the editable PowerPoint (lecture.pptx), all three from one lecture, written together (all or
// none), so that the folder never holds a slides PDF or a PowerPoint of another lecture than the deck beside it.
// The fit check and the slides PDF share one Chromium, started only if one of them is not kept from before.
import { join, resolve } from 'node:path';
import { type BrowserSession, withBrowserSession } from '@vmvc/browser/browser-session';
import type { Lecture } from '@vmvc/content';
import { makeDirectory, writeFiles } from '@vmvc/write-files';
import { cachedSlidesPdf } from '../pdf/cached-slides-pdf.ts';
import { buildPptx } from '../pptx/build-pptx.ts';
import { assertDeckFits, type RenderedDeck, sealedDeck } from './build-deck.ts';

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

export interface BuildDeckSetOptions {
  lecture: Lecture;
  outDir: string;
  /**
   * The command's browser session, left open for its other jobs; when not given, the set opens its own and
   * closes it before it returns.
   */
  browser?: BrowserSession;
  /** The deck's cache folder (fit verdicts, prints): its own default by default; tests give a fresh one. */
  cacheDir?: string;
}

/** Makes the three files from `lecture` and writes them into `outDir` as one set. */
export async function buildDeckSet(options: BuildDeckSetOptions): Promise<DeckSet> {
  const { browser, lecture, outDir, cacheDir } = options;
  if (!browser) return withBrowserSession((session) => buildDeckSet({ ...options, browser: session }));
  // Fail before the work, not after it, when the folder cannot be made.
  await makeDirectory(resolve(outDir));
  const cache = (name: string) => (cacheDir === undefined ? undefined : join(cacheDir, name));
  let started = performance.now();
  const { html, ...deck } = await sealedDeck(lecture);
  // Checked as sealed, so what was measured is what is written; nothing is written when a slide is cut. The
  // print waits for the check: run beside it (or the PowerPoint beside the check), two cores were no faster.
  await assertDeckFits(html, lecture, { browser, cacheDir: cache('fit-check') });
  const deckSeconds = since(started);
  started = performance.now();
  // The PowerPoint is drawn from the content while Chromium prints the slides.
  const [slides, pptx] = await Promise.all([
    cachedSlidesPdf({ html, lecture, browser, cacheDir: cache('slides-pdf') }).then((bytes) => ({
      bytes,
      seconds: since(started),
    })),
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
