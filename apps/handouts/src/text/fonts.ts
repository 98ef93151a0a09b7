// Registers the kit's font (Noto Sans KR, which draws Hangul and Latin alike) with react-pdf, turns off
// hyphenation, and measures text with the very font objects react-pdf lays out with.
import { Font } from '@react-pdf/renderer';
import { fontFamily, fontWeights } from '@vmvc/design';
import { fontFiles } from '@vmvc/design/fonts';
import { fontFeatures } from './text-style.ts';

export type Weight = 'regular' | 'bold';

/** Measures the width in points of one line of text set in the kit's font. */
export type TextMeasure = (text: string, fontSize: number, weight?: Weight) => number;

/**
 * What lines broken by our own measure are measured wide by: react-pdf must never find one of them too
 * long and break it again (the measure leaves out kerning across spaces).
 */
export const measureSlack = 1.03;

/**
 * react-pdf splits words into syllables and inserts a "-" where it breaks a line between two of them; with
 * whole words only it breaks at spaces, so no hyphen ever lands inside a word or a URL. Long URLs are
 * broken by `wrapLines` instead, at places a URL may be broken, without a hyphen.
 */
const keepWordsWhole = (word: string): string[] => [word];

let registered = false;

function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: fontFamily,
    fonts: [
      { src: fontFiles.regular, fontWeight: fontWeights.regular },
      { src: fontFiles.bold, fontWeight: fontWeights.bold },
    ],
  });
  Font.registerHyphenationCallback(keepWordsWhole);
  registered = true;
}

interface GlyphRun {
  advanceWidth: number;
}
interface LoadedFont {
  unitsPerEm: number;
  layout(text: string, features?: Record<string, boolean>): GlyphRun;
}

let measure: Promise<TextMeasure> | null = null;

/**
 * Loads both weights once per process (react-pdf keeps them for every later render: SVG text, which
 * react-pdf does not preload, depends on this) and returns a measure of text widths.
 */
export function loadFonts(): Promise<TextMeasure> {
  registerFonts();
  measure ??= (async () => {
    const fonts = {} as Record<Weight, LoadedFont>;
    for (const weight of ['regular', 'bold'] as const) {
      const descriptor = { fontFamily, fontWeight: fontWeights[weight] };
      await Font.load(descriptor);
      const data = Font.getFont(descriptor).data as unknown as LoadedFont | null;
      if (!data) throw new Error(`${fontFiles[weight]}: react-pdf could not load the ${weight} font`);
      fonts[weight] = data;
    }
    // Widths of words in ems, cached: line breaking measures the same words again and again. Kerning
    // across a space is left out, which the callers' safety margin covers.
    const cache: Record<Weight, Map<string, number>> = { regular: new Map(), bold: new Map() };
    const ems = (word: string, weight: Weight) => {
      let width = cache[weight].get(word);
      if (width === undefined) {
        const font = fonts[weight];
        width = font.layout(word, { ...fontFeatures }).advanceWidth / font.unitsPerEm;
        cache[weight].set(word, width);
      }
      return width;
    };
    return (text, fontSize, weight = 'regular') => {
      const words = text.split(' ');
      let width = (words.length - 1) * ems(' ', weight);
      for (const word of words) if (word !== '') width += ems(word, weight);
      return width * fontSize;
    };
  })();
  return measure;
}
