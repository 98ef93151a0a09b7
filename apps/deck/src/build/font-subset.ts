// The deck's own font: Noto Sans KR (regular and bold) cut down to the characters the slides use and
// inlined as WOFF2 data: URIs, so Hangul is drawn on any machine, offline, in a small file.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fontFamily, fontWeights } from '@vmvc/design';
import { fontFiles } from '@vmvc/design/fonts';
import { writeFiles } from '@vmvc/write-files';
import { deckRoot } from './deck-root.ts';

/**
 * Characters every deck carries whatever the content says: printable ASCII (slide numbers, the speaker view
 * previews, text typed into reveal.js's jump-to-slide box) and the typographic marks the renderer writes.
 */
export const baseCharacters = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}“”‘’–—·…•×→← `;

/** The sorted, distinct characters of `text` plus the base set: what the subset keeps. */
export function subsetCharacters(text: string): string {
  const chars = new Set<string>([...baseCharacters, ...text]);
  for (const c of [...chars]) if (/\s/.test(c) && c !== ' ') chars.delete(c);
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

export interface DeckFonts {
  characters: string;
  regular: Buffer;
  bold: Buffer;
}

async function readFont(path: string, which: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(
      `${path}: cannot read the ${which} Noto Sans KR font (@vmvc/design/fonts fontFiles.${which}): ${(error as Error).message}. Run \`npm ci\` at the repository root.`,
    );
  }
}

/**
 * How subset-font cuts: WOFF2, and no layout closure. With the closure harfbuzz keeps every glyph the font's
 * substitution tables can reach from the kept ones (vertical forms, localized and alternate glyphs of CJK),
 * 28 KB per weight; without it, the glyphs the characters map to, 8.9 KB. Nothing the deck sets needs a
 * substitution: Hangul syllables are precomposed in the font's cmap, and kerning (GPOS) is kept.
 */
const subsetOptions = { targetFormat: 'woff2', noLayoutClosure: true } as const;

// Beside this module in src/build/, and beside the built chunks in build/ (an entry of tsdown.config.ts).
const workerUrl = new URL('./font-subset.worker.mjs', import.meta.url);

/** Runs subset-font (harfbuzz in WebAssembly) in a worker thread: the main thread stays free for Vite. */
function inWorker<T extends string>(
  fonts: Record<T, Buffer>,
  characters: string,
): Promise<Record<T, Buffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { fonts, characters, options: subsetOptions } });
    worker.once('message', (subsets: Record<T, Uint8Array>) => {
      const out = {} as Record<T, Buffer>;
      for (const name of Object.keys(subsets) as T[]) out[name] = Buffer.from(subsets[name]);
      resolve(out);
    });
    worker.once('error', (error) => reject(new Error(`font subsetting failed: ${error.message}`)));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`font subsetting worker exited with code ${code}`));
    });
  });
}

// Subsets already made in this process, by character set: the dev server re-renders the page on every save,
// and an edit rarely brings a new character. Kept small; a build makes one.
const madeSubsets = new Map<string, Promise<DeckFonts>>();

export function subsetDeckFonts(text: string): Promise<DeckFonts> {
  const characters = subsetCharacters(text);
  let made = madeSubsets.get(characters);
  if (!made) {
    made = makeSubsets(characters);
    made.catch(() => madeSubsets.delete(characters));
    madeSubsets.set(characters, made);
    if (madeSubsets.size > 4) madeSubsets.delete(madeSubsets.keys().next().value as string);
  }
  return made;
}

/**
 * Subsets made by earlier builds, by what decides their bytes: a fresh process (every `npm run build`) paid
 * about 0.9 s to start harfbuzz and cut 12 MB of fonts, although most saves bring no new character.
 */
const defaultCacheDir = join(deckRoot, 'node_modules', '.cache', 'vmvc-font-subsets');

/** The package.json text of an installed package, found from the file its name resolves to. */
async function installedManifest(from: string, name: string): Promise<string> {
  for (let dir = dirname(createRequire(from).resolve(name)); dirname(dir) !== dir; dir = dirname(dir)) {
    const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => null);
    if (text && (JSON.parse(text) as { name?: string }).name === name) return text;
  }
  return '';
}

/** A name for the subsets of these fonts cut to these characters by these versions of subset-font and harfbuzz with these options. */
async function cacheKey(fonts: Buffer[], characters: string): Promise<string> {
  const subsetFont = await installedManifest(import.meta.url, 'subset-font');
  const harfbuzz = await installedManifest(
    createRequire(import.meta.url).resolve('subset-font'),
    'harfbuzzjs',
  );
  const hash = createHash('sha256');
  for (const part of [...fonts, subsetFont, harfbuzz, JSON.stringify(subsetOptions), characters])
    hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The subsets for these characters: from the cache in `cacheDir` when an earlier build made them, else cut now. */
export async function makeSubsets(characters: string, cacheDir = defaultCacheDir): Promise<DeckFonts> {
  const [regularTtf, boldTtf] = await Promise.all([
    readFont(fontFiles.regular, 'regular'),
    readFont(fontFiles.bold, 'bold'),
  ]);
  const key = await cacheKey([regularTtf, boldTtf], characters);
  const cached = {
    regular: join(cacheDir, `${key}-regular.woff2`),
    bold: join(cacheDir, `${key}-bold.woff2`),
  };
  const [regular, bold] = await Promise.all([
    readFile(cached.regular).catch(() => null),
    readFile(cached.bold).catch(() => null),
  ]);
  if (regular && bold) return { characters, regular, bold };
  const subsets = await inWorker({ regular: regularTtf, bold: boldTtf }, characters);
  // Both or neither; a cache that cannot be written (a read-only checkout) costs time, never the build.
  await writeFiles([
    { path: cached.regular, data: subsets.regular },
    { path: cached.bold, data: subsets.bold },
  ]).catch(() => undefined);
  return { characters, regular: subsets.regular, bold: subsets.bold };
}

/** The @font-face rules, fonts inlined. `block`: text waits for the font, never shows a fallback first. */
export function fontFaceCss(fonts: DeckFonts): string {
  const face = (weight: number, data: Buffer) =>
    `@font-face{font-family:"${fontFamily}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2")}`;
  return face(fontWeights.regular, fonts.regular) + face(fontWeights.bold, fonts.bold);
}
