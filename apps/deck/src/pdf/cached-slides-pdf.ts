// The slides PDF of a deck not yet written, printed once per deck: the print is kept in the deck's cache
// folder, keyed by everything that decides its bytes (the deck's HTML, which carries the lecture's content
// stamp; the lecture's stamp again; the code that prints and finishes it; the installed packages; the
// Chromium that prints), so a build of a deck printed before (`turbo run build --force`, a save in `npm run
// dev` that leaves the slides as they were, a change to the PowerPoint's code) starts no browser for it and
// gives the same bytes as a cold build.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserSession } from '@vmvc/browser';
import { chromiumIdentity } from '@vmvc/browser/chromium-executable';
import { contentStamp, type Lecture } from '@vmvc/content';
import { writeFiles } from '@vmvc/write-files';
import { deckRoot } from '../build/deck-root.ts';

const defaultCacheDir = join(deckRoot, 'node_modules', '.cache', 'vmvc-slides-pdf');
/** Prints kept: enough for an edit and its undoing, a few hundred KB each. */
const keptPrints = 4;

/** The files of the code that prints: this module's folder (the built commands, or src/pdf under vitest), the browser package's source. */
async function codeFiles(): Promise<string[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const browserSource = dirname(fileURLToPath(import.meta.resolve('@vmvc/browser')));
  const list = async (dir: string) =>
    (await readdir(dir))
      .filter((name) => /\.(?:ts|mjs)$/.test(name) && !name.includes('.test.'))
      .sort()
      .map((name) => join(dir, name));
  return [...(await list(here)), ...(await list(browserSource))];
}

async function printKey(html: string, lecture: Lecture): Promise<string> {
  const hash = createHash('sha256')
    .update(html)
    .update(`\0${contentStamp(lecture).text}\0`);
  for (const file of await codeFiles()) hash.update(await readFile(file));
  hash.update(await readFile(resolve(deckRoot, '../../package-lock.json')));
  hash.update(await chromiumIdentity());
  return hash.digest('hex');
}

/** Keeps the newest prints only. */
async function prune(cacheDir: string): Promise<void> {
  const entries = await Promise.all(
    (await readdir(cacheDir))
      .filter((name) => name.endsWith('.pdf'))
      .map(async (name) => ({
        path: join(cacheDir, name),
        time: (await stat(join(cacheDir, name))).mtimeMs,
      })),
  );
  entries.sort((a, b) => b.time - a.time);
  await Promise.all(entries.slice(keptPrints).map(({ path }) => rm(path, { force: true })));
}

export interface CachedSlidesPdfOptions {
  /** The deck, sealed and checked: what index.html will hold. */
  html: string;
  lecture: Lecture;
  /** The command's browser session, for a print; none is started when the print is kept. */
  browser?: BrowserSession;
  /** Where prints are kept: the deck's cache folder by default. */
  cacheDir?: string;
}

/** The slides PDF of the deck `html`: the kept print of these bytes, or a new print (then kept). */
export async function cachedSlidesPdf({
  html,
  lecture,
  browser,
  cacheDir = defaultCacheDir,
}: CachedSlidesPdfOptions): Promise<Uint8Array> {
  const file = join(cacheDir, `${await printKey(html, lecture)}.pdf`);
  const kept = await readFile(file).catch(() => null);
  if (kept) return new Uint8Array(kept.buffer, kept.byteOffset, kept.byteLength);
  // Chromium prints the page from a file (reveal.js's print view is asked for in the URL): the deck goes to a
  // private temporary folder for the print. The printing code (playwright-core, mupdf) loads only here.
  const { slidesPdf } = await import('./slides-pdf.ts');
  const dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-print-'));
  let bytes: Uint8Array;
  try {
    const deck = join(dir, 'index.html');
    await writeFile(deck, html);
    bytes = await slidesPdf({ file: deck, lecture, browser });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // A cache that cannot be written costs the next build time, never this one its PDF.
  await writeFiles([{ path: file, data: bytes }])
    .then(() => prune(cacheDir))
    .catch(() => {});
  return bytes;
}
