// Builds the deck: renders every slide of the lecture in Node, fills them into the client template (reveal.js
// and the theme, bundled by Vite and kept between builds: client-template.ts), so that everything is in ONE
// index.html (opens from file:// and over HTTP), seals it with a CSP that allows no network, checks in
// Chromium that every slide fits its frame (a slide that does not fails the build, named), and writes it
// atomically (temp file + rename: nobody reads half a deck). Same lecture in, same bytes out.
import { join, resolve } from 'node:path';
import { type ContentStamp, contentStamp, type Lecture, slideSequence } from '@vmvc/content';
import { makeDirectory, writeFiles } from '@vmvc/write-files';
import { printViewStyleSheets } from '../client/deck-config.ts';
import { clientTemplate } from './client-template.ts';
import { contentSecurityPolicy, cspMetaTag, pageInlineSources } from './csp.ts';
import { deckPage, fillTemplate } from './deck-page.ts';
import { checkFit, type FitCheckOptions, formatFitProblems } from './fit-check.ts';
import { speakerViewInline } from './speaker-view.ts';

export { deckRoot, defaultOutDir } from './deck-root.ts';

export interface BuildDeckOptions {
  lecture: Lecture;
  /** Folder for index.html; created if missing. */
  outDir: string;
}

export interface RenderedDeck {
  /** The whole deck, sealed and checked: what index.html holds. */
  html: string;
  slideCount: number;
  stamp: ContentStamp;
  csp: string;
}

export interface BuildDeckResult extends Omit<RenderedDeck, 'html'> {
  /** Absolute path of the self-contained deck. */
  file: string;
  bytes: number;
}

const cspPlaceholder = '<!--deck:csp-->';

/** The deck of the lecture as one HTML string, sealed with its CSP but not yet checked to fit. */
export async function sealedDeck(lecture: Lecture): Promise<RenderedDeck> {
  // The fonts are cut while the client template is read (or, after a change to the client, bundled).
  const [template, page] = await Promise.all([clientTemplate(), deckPage(lecture)]);
  let html = fillTemplate(template, page);
  if (!html.includes(cspPlaceholder))
    throw new Error(`index.html: the placeholder ${cspPlaceholder} is missing`);
  const own = pageInlineSources(html);
  const speaker = await speakerViewInline();
  const csp = contentSecurityPolicy({
    scripts: [...own.scripts, ...speaker.scripts],
    styles: [...own.styles, ...speaker.styles, ...printViewStyleSheets()],
    styleAttributes: speaker.styleAttributes,
  });
  html = html.replace(cspPlaceholder, () => cspMetaTag(csp));
  return { html, slideCount: page.slideCount, stamp: contentStamp(lecture), csp };
}

/**
 * Throws, naming every slide that does not fit, unless each slide of the sealed deck `html` fits its frame
 * (checked in `fit.browser`, the command's browser session, when given).
 */
export async function assertDeckFits(
  html: string,
  lecture: Lecture,
  fit: FitCheckOptions = {},
): Promise<void> {
  const unfit = await checkFit(html, slideSequence(lecture), fit);
  if (unfit.length > 0) {
    throw new Error(
      `${unfit.length} slide(s) do not fit, nothing was written; shorten their text in packages/content:\n${formatFitProblems(unfit)}`,
    );
  }
}

/** Renders the deck and writes it, alone, as `outDir/index.html`. */
export async function buildDeck({ lecture, outDir }: BuildDeckOptions): Promise<BuildDeckResult> {
  // Fail before the work, not after it, when the deck's folder cannot be made.
  await makeDirectory(resolve(outDir));
  const { html, ...deck } = await sealedDeck(lecture);
  // Checked as sealed, so what was measured is what is written; nothing is written when a slide is cut.
  await assertDeckFits(html, lecture);
  const file = join(outDir, 'index.html');
  await writeFiles([{ path: file, data: html }]);
  return { ...deck, file, bytes: Buffer.byteLength(html) };
}
