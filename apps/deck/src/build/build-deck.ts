// Builds the deck: renders every slide of the lecture in Node, bundles reveal.js and the theme with Vite,
// inlines everything into ONE index.html (opens from file:// and over HTTP), seals it with a CSP that
// allows no network, checks in Chromium that every slide fits its frame (a slide that does not fails the
// build, named), and writes it atomically (temp file + rename: nobody reads half a deck).
// Same lecture in, same bytes out.
import { join, resolve } from 'node:path';
import { type ContentStamp, contentStamp, type Lecture, slideSequence } from '@vmvc/content';
import { makeDirectory, writeFiles } from '@vmvc/write-files';
import { build, type Rollup } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { printViewStyleSheets } from '../client/deck-config.ts';
import { contentSecurityPolicy, cspMetaTag, pageInlineSources } from './csp.ts';
import { deckPage } from './deck-page.ts';
import { deckPagePlugin } from './deck-page-plugin.ts';
import { deckRoot } from './deck-root.ts';
import { checkFit, formatFitProblems } from './fit-check.ts';
import { speakerViewInline } from './speaker-view.ts';

export { deckRoot, defaultOutDir } from './deck-root.ts';

export interface BuildDeckOptions {
  lecture: Lecture;
  /** Folder for index.html; created if missing. */
  outDir: string;
}

export interface BuildDeckResult {
  /** Absolute path of the self-contained deck. */
  file: string;
  bytes: number;
  slideCount: number;
  stamp: ContentStamp;
  csp: string;
}

const cspPlaceholder = '<!--deck:csp-->';

function htmlOf(output: Rollup.RollupOutput | Rollup.RollupOutput[] | unknown): string {
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((o) => o.output ?? []);
  const page = files.find((f) => f.fileName === 'index.html');
  const others = files.filter((f) => f.fileName !== 'index.html').map((f) => f.fileName);
  if (page?.type !== 'asset') throw new Error('vite build: no index.html in the output');
  if (others.length > 0) {
    throw new Error(
      `vite build: files left outside index.html (${others.join(', ')}): the deck must be one file`,
    );
  }
  return typeof page.source === 'string' ? page.source : new TextDecoder().decode(page.source);
}

export async function buildDeck({ lecture, outDir }: BuildDeckOptions): Promise<BuildDeckResult> {
  // Fail before the work, not after it, when the deck's folder cannot be made.
  await makeDirectory(resolve(outDir));
  // The fonts are cut while Vite bundles reveal.js; the page goes in when Vite writes the HTML.
  const pending = deckPage(lecture);
  pending.catch(() => {});
  const output = await build({
    configFile: false,
    root: deckRoot,
    base: './',
    logLevel: 'warn',
    mode: 'production',
    plugins: [deckPagePlugin(() => pending), viteSingleFile({ removeViteModuleLoader: true })],
    build: {
      write: false,
      emptyOutDir: false,
      reportCompressedSize: false,
      modulePreload: { polyfill: false },
      // The HTML step waits for the font subsetting on purpose; no warning about it.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  });

  let html = htmlOf(output);
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

  // Checked as sealed, so what was measured is what is written; nothing is written when a slide is cut.
  const unfit = await checkFit(html, slideSequence(lecture));
  if (unfit.length > 0) {
    throw new Error(
      `${unfit.length} slide(s) do not fit, nothing was written; shorten their text in packages/content:\n${formatFitProblems(unfit)}`,
    );
  }

  const file = join(outDir, 'index.html');
  await writeFiles([{ path: file, data: html }]);
  return {
    file,
    bytes: Buffer.byteLength(html),
    slideCount: (await pending).slideCount,
    stamp: contentStamp(lecture),
    csp,
  };
}
