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
  /** The word's width in font units and in em, as fontkit shapes it (kerning inside the word included). */
  units: number;
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
      units: run.advanceWidth,
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
 * How much wider the space between these two words is set than a plain space, in em: shaped with the
 * characters either side, as fontkit (so react-pdf) and harfbuzz (so Chromium) shape the whole line. Noto
 * Sans KR sets a wider space between two Hangul syllables (0.28 em against 0.224), and an ellipsis beside a
 * Latin letter takes the Latin form, wider than its form alone; between most characters nothing changes.
 */
function extraSpace(before: string, after: string, weight: Weight): number {
  if (before === '' || after === '') return 0;
  // The last and the first character, whole where they are surrogate pairs.
  const end = /[\udc00-\udfff]$/.test(before) ? before.slice(-2) : before.slice(-1);
  const start = String.fromCodePoint(after.codePointAt(0) ?? 0);
  const units =
    shape(`${end} ${start}`, weight).units -
    shape(end, weight).units -
    shape(start, weight).units -
    shape(' ', weight).units;
  return units / loadFonts()[weight].unitsPerEm;
}

/**
 * Measures text in Noto Sans KR at the weights the kit draws: regular (400) and bold (700). Words are shaped
 * by fontkit with the font's kerning, each word on its own, and the spaces between them as the font sets
 * them there (see `extraSpace`): the width of the line shaped whole, as react-pdf and the browser shape it.
 * The fonts are read once per process, on the first measure.
 */
export function textMeasure(options: MeasureOptions = {}): TextMeasure {
  if (options.pixelRounding) {
    // Widths of words at a size, kept: a layout measures the same few words at the same few sizes again and again.
    const kept = {
      regular: new Map<number, Map<string, number>>(),
      bold: new Map<number, Map<string, number>>(),
    };
    const rounded = (ems: number, size: number) => Math.max(ems * size, Math.round(ems * size));
    const wordWidth = (word: string, size: number, weight: Weight) => {
      let atSize = kept[weight].get(size);
      if (atSize === undefined) {
        atSize = new Map();
        kept[weight].set(size, atSize);
      }
      let width = atSize.get(word);
      if (width === undefined) {
        width = 0;
        for (const advance of shape(word.replace(/\u00ad/g, ''), weight).glyphs)
          width += rounded(advance, size);
        atSize.set(word, width);
      }
      return width;
    };
    return (text, size, weight = 'regular') => {
      if (!text.includes(' ')) return wordWidth(text, size, weight);
      const words = text.split(' ');
      let width = wordWidth(words[0] ?? '', size, weight);
      for (let i = 1; i < words.length; i += 1) {
        const word = words[i] ?? '';
        const space = shape(' ', weight).ems + extraSpace(words[i - 1] ?? '', word, weight);
        width += rounded(space, size) + wordWidth(word, size, weight);
      }
      return width;
    };
  }
  return (text, size, weight = 'regular') => {
    const words = text.split(' ');
    let width = (words.length - 1) * shape(' ', weight).ems;
    for (let i = 1; i < words.length; i += 1) width += extraSpace(words[i - 1] ?? '', words[i] ?? '', weight);
    for (const word of words) if (word !== '') width += shape(word, weight).ems;
    return width * size;
  };
}
