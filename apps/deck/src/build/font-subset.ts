// The deck's own font: Noto Sans KR (regular and bold) cut down to the characters the slides use and
// inlined as WOFF2 data: URIs, so Hangul is drawn on any machine, offline, in a small file.
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { fontFamily, fontWeights } from '@vmvc/design';
import { fontFiles } from '@vmvc/design/fonts';

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

// Beside this module in src/build/, and beside the built chunks in build/ (an entry of tsdown.config.ts).
const workerUrl = new URL('./font-subset.worker.mjs', import.meta.url);

/** Runs subset-font (harfbuzz in WebAssembly) in a worker thread: the main thread stays free for Vite. */
function inWorker<T extends string>(
  fonts: Record<T, Buffer>,
  characters: string,
): Promise<Record<T, Buffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { fonts, characters } });
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

async function makeSubsets(characters: string): Promise<DeckFonts> {
  const [regularTtf, boldTtf] = await Promise.all([
    readFont(fontFiles.regular, 'regular'),
    readFont(fontFiles.bold, 'bold'),
  ]);
  const subsets = await inWorker({ regular: regularTtf, bold: boldTtf }, characters);
  return { characters, regular: subsets.regular, bold: subsets.bold };
}

/** The @font-face rules, fonts inlined. `block`: text waits for the font, never shows a fallback first. */
export function fontFaceCss(fonts: DeckFonts): string {
  const face = (weight: number, data: Buffer) =>
    `@font-face{font-family:"${fontFamily}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2")}`;
  return face(fontWeights.regular, fonts.regular) + face(fontWeights.bold, fonts.bold);
}
