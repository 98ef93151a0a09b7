// The deck's own font: Noto Sans KR (regular and bold) cut down to the characters the slides use
// (@vmvc/design/font-subset) and inlined as WOFF2 data: URIs, so Hangul is drawn on any machine, offline,
// in a small file.

import { join } from 'node:path';
import { fontFamily, fontWeights } from '@vmvc/design';
import { type FontSubsets, subsetCharacters, subsetFonts } from '@vmvc/design/font-subset';
import { deckRoot } from './deck-root.ts';

/**
 * Characters every deck carries whatever the content says: printable ASCII (slide numbers, the speaker view
 * previews, text typed into reveal.js's jump-to-slide box) and the typographic marks the renderer writes.
 */
export const baseCharacters = `${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')}“”‘’–—·…•×→← `;

/** Subsets made by earlier builds, kept between processes (see `subsetFonts`). */
const cacheDir = join(deckRoot, 'node_modules', '.cache', 'vmvc-font-subsets');

/** The font cut to the characters of `text` and the base set. */
export function subsetDeckFonts(text: string): Promise<FontSubsets> {
  return subsetFonts(subsetCharacters(text, baseCharacters), cacheDir);
}

/** The @font-face rules, fonts inlined. `block`: text waits for the font, never shows a fallback first. */
export function fontFaceCss(fonts: FontSubsets): string {
  const face = (weight: number, data: Buffer) =>
    `@font-face{font-family:"${fontFamily}";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data.toString('base64')}) format("woff2")}`;
  return face(fontWeights.regular, fonts.regular) + face(fontWeights.bold, fonts.bold);
}
