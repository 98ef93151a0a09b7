// How wide a line of text is in the kit's font, read from the very TTFs that are drawn (Noto Sans KR 400 and
// 700): the figures' labels, the handouts' paragraphs and the Marp deck's slides are broken into lines with it.
/// <reference path="./fontkit.d.ts" />
import { create, type Font } from 'fontkit';
import { fontFiles } from './fonts.ts';

export type Weight = 'regular' | 'bold';

/** The width of one line of `text` set at `size` (px or pt: the width comes in the same unit). */
export type TextMeasure = (text: string, size: number, weight?: Weight) => number;

/**
 * OpenType features switched off wherever the kit shapes text (the measure, and react-pdf's drawing through
 * the handouts' style). Noto Sans KR's glyph composition feature (ccmp) is for Hangul jamo sequences and
 * combining marks; the lecture writes precomposed syllables, so it changes no glyph here but costs 85 % of
 * the shaping time (measured: 137 ms against 21 ms per 5,000 characters).
 */
export const fontFeatures = { ccmp: false } as const;

export interface MeasureOptions {
  /**
   * For text a browser draws on Linux (the Marp deck in marp-cli's Chromium): Chromium there rounds each
   * glyph's advance to whole pixels (6.5 px to 7), macOS and Windows keep the fraction, so each glyph counts
   * as the larger of the two. A character the font lacks is drawn by a font of the machine and counts as
   * 2 em, wider than any such glyph seen. A soft hyphen is not drawn unless the browser breaks there.
   */
  pixelRounding?: boolean;
}

/** A character the font lacks (glyph 0), drawn by another font of the machine: taken as 2 em. */
const unknownAdvance = 2;

interface Shaped {
  /** The word's width in em, as fontkit shapes it (kerning inside the word included). */
  ems: number;
  /** Each glyph's advance in em, a glyph the font lacks taken as `unknownAdvance`. */
  glyphs: number[];
}

let fonts: Record<Weight, Font> | undefined;

function loadFonts(): Record<Weight, Font> {
  if (fonts) return fonts;
  const { readFileSync } = process.getBuiltinModule('node:fs');
  const files = fontFiles();
  const read = (weight: Weight) => {
    try {
      return create(readFileSync(files[weight]));
    } catch (error) {
      throw new Error(
        `${files[weight]}: cannot read the ${weight} Noto Sans KR font: ${(error as Error).message}`,
      );
    }
  };
  fonts = { regular: read('regular'), bold: read('bold') };
  return fonts;
}

/** Words shaped before, per weight: line breaking measures the same words again and again. */
const shapedWords: Record<Weight, Map<string, Shaped>> = { regular: new Map(), bold: new Map() };

function shape(word: string, weight: Weight): Shaped {
  let shaped = shapedWords[weight].get(word);
  if (shaped === undefined) {
    const font = loadFonts()[weight];
    const run = font.layout(word, { ...fontFeatures });
    shaped = {
      ems: run.advanceWidth / font.unitsPerEm,
      glyphs: run.glyphs.map((glyph, i) =>
        glyph.id === 0 ? unknownAdvance : (run.positions[i]?.xAdvance ?? 0) / font.unitsPerEm,
      ),
    };
    shapedWords[weight].set(word, shaped);
  }
  return shaped;
}

/**
 * Measures text in Noto Sans KR at the weights the kit draws: regular (400) and bold (700). Words are shaped
 * by fontkit with the font's kerning, each word on its own: kerning across a space is left out (Noto Sans KR
 * has none that narrows a line). The fonts are read once per process, on the first measure.
 */
export function textMeasure(options: MeasureOptions = {}): TextMeasure {
  if (options.pixelRounding) {
    // Widths of words at a size, kept: a layout measures the same few words at the same few sizes again and again.
    const kept = {
      regular: new Map<number, Map<string, number>>(),
      bold: new Map<number, Map<string, number>>(),
    };
    const wordWidth = (word: string, size: number, weight: Weight) => {
      let atSize = kept[weight].get(size);
      if (atSize === undefined) {
        atSize = new Map();
        kept[weight].set(size, atSize);
      }
      let width = atSize.get(word);
      if (width === undefined) {
        width = 0;
        for (const advance of shape(word.replace(/\u00ad/g, ''), weight).glyphs) {
          const exact = advance * size;
          width += Math.max(exact, Math.round(exact));
        }
        atSize.set(word, width);
      }
      return width;
    };
    return (text, size, weight = 'regular') => {
      if (!text.includes(' ')) return wordWidth(text, size, weight);
      const words = text.split(' ');
      let width = (words.length - 1) * wordWidth(' ', size, weight);
      for (const word of words) width += wordWidth(word, size, weight);
      return width;
    };
  }
  return (text, size, weight = 'regular') => {
    const words = text.split(' ');
    let width = (words.length - 1) * shape(' ', weight).ems;
    for (const word of words) if (word !== '') width += shape(word, weight).ems;
    return width * size;
  };
}
