// The kit's font cut down to the characters an output shows (Node only): Noto Sans KR 400 and 700 as small
// WOFF2 files, which the deck and the Marp deck inline as @font-face data: URLs.
/// <reference path="./subset-font.d.ts" />
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeFiles } from '@vmvc/write-files';
import subsetFont from 'subset-font';
import { fontFiles } from './fonts.ts';
import type { Weight } from './text-measure.ts';

/** The sorted, distinct characters of `text` and of `base` (white space but the space left out). */
export function subsetCharacters(text: string, base = ''): string {
  const chars = new Set<string>([...base, ...text]);
  for (const c of [...chars]) if (/\s/.test(c) && c !== ' ') chars.delete(c);
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** Both weights of the font, each holding the glyphs of `characters` (those the font has) and no other. */
export interface FontSubsets extends Record<Weight, Buffer> {
  characters: string;
}

async function readFont(weight: Weight): Promise<Buffer> {
  const path = fontFiles()[weight];
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(
      `${path}: cannot read the ${weight} Noto Sans KR font: ${(error as Error).message}. Run \`npm ci\` at the repository root.`,
    );
  }
}

/**
 * How subset-font cuts: WOFF2, and no layout closure. With the closure harfbuzz keeps every glyph the font's
 * substitution tables can reach from the kept ones (vertical forms, localized and alternate glyphs of CJK),
 * 28 KB per weight; without it, the glyphs the characters map to, 8.9 KB. Nothing the kit sets needs a
 * substitution: Hangul syllables are precomposed in the font's cmap, and kerning (GPOS) is kept.
 */
const subsetOptions = { targetFormat: 'woff2', noLayoutClosure: true } as const;

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
  const subsetter = await installedManifest(import.meta.url, 'subset-font');
  const harfbuzz = await installedManifest(
    createRequire(import.meta.url).resolve('subset-font'),
    'harfbuzzjs',
  );
  const hash = createHash('sha256');
  for (const part of [...fonts, subsetter, harfbuzz, JSON.stringify(subsetOptions), characters])
    hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The subsets for `characters`, read from `cacheDir` when an earlier process cut them there, else cut now. */
export async function makeSubsets(characters: string, cacheDir?: string): Promise<FontSubsets> {
  const [regularTtf, boldTtf] = await Promise.all([readFont('regular'), readFont('bold')]);
  const key = cacheDir === undefined ? '' : await cacheKey([regularTtf, boldTtf], characters);
  const cached = {
    regular: join(cacheDir ?? '', `${key}-regular.woff2`),
    bold: join(cacheDir ?? '', `${key}-bold.woff2`),
  };
  if (cacheDir !== undefined) {
    const [regular, bold] = await Promise.all([
      readFile(cached.regular).catch(() => null),
      readFile(cached.bold).catch(() => null),
    ]);
    if (regular && bold) return { characters, regular, bold };
  }
  const regular = await subsetFont(regularTtf, characters, subsetOptions);
  const bold = await subsetFont(boldTtf, characters, subsetOptions);
  if (cacheDir !== undefined) {
    // Both or neither; a cache that cannot be written (a read-only checkout) costs time, never the output.
    await writeFiles([
      { path: cached.regular, data: regular },
      { path: cached.bold, data: bold },
    ]).catch(() => undefined);
  }
  return { characters, regular, bold };
}

// Subsets already made in this process, by character set: the deck's dev server renders the page again on
// every save, and an edit rarely brings a new character. Kept small; a build makes one.
const madeSubsets = new Map<string, Promise<FontSubsets>>();

/**
 * The subsets for `characters` (see `subsetCharacters`). With `cacheDir`, subsets an earlier process cut are
 * read from there and new ones written to it: starting harfbuzz and cutting 12 MB of fonts takes about a
 * second, and most builds bring no new character.
 */
export function subsetFonts(characters: string, cacheDir?: string): Promise<FontSubsets> {
  const memo = `${cacheDir ?? ''}\0${characters}`;
  let made = madeSubsets.get(memo);
  if (!made) {
    made = makeSubsets(characters, cacheDir);
    made.catch(() => madeSubsets.delete(memo));
    madeSubsets.set(memo, made);
    if (madeSubsets.size > 4) madeSubsets.delete(madeSubsets.keys().next().value as string);
  }
  return made;
}
