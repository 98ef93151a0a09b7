// The font the Marp export embeds (Node only): the kit's Noto Sans KR TTFs, 400 and 700, cut to the
// characters one deck shows. `exportMarp(lecture, { font: await marpFont(lecture) })`, as `vmvc export` does.
import type { Lecture } from '@vmvc/content';
import { fontFiles } from '@vmvc/design';
import type { MarpFont } from './font-face-rules.ts';
import { marpText } from './marp.ts';

/** The first line of the font's licence file: its copyright. */
async function copyright(): Promise<string> {
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  const licence = await readFile(fontFiles().license, 'utf8');
  return licence.split('\n')[0]?.trim() ?? '';
}

/** Noto Sans KR cut to the characters of `lecture`'s Marp deck, both weights the deck draws. */
export async function marpFont(lecture: Lecture): Promise<MarpFont> {
  // Loaded here, not at the top: it reads files and starts harfbuzz, and the library also loads where there
  // is no file system (a browser bundle), until this is called.
  const { subsetCharacters, subsetFonts } = await import('@vmvc/design/font-subset');
  const [fonts, notice] = await Promise.all([subsetFonts(subsetCharacters(marpText(lecture))), copyright()]);
  return {
    notice: `Noto Sans KR. ${notice}. Licensed under the SIL Open Font License, Version 1.1 (https://openfontlicense.org).`,
    characters: fonts.characters,
    regular: new Uint8Array(fonts.regular),
    bold: new Uint8Array(fonts.bold),
  };
}
