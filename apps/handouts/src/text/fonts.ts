// Registers the kit's font (Noto Sans KR, which draws Hangul and Latin alike) with react-pdf, turns off
// hyphenation, and keeps react-pdf's shaping of a text for its next render.
import { Font } from '@react-pdf/renderer';
import { fontFamily, fontFiles, fontWeights, type TextMeasure, textMeasure } from '@vmvc/design';

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
      { src: fontFiles().regular, fontWeight: fontWeights.regular },
      { src: fontFiles().bold, fontWeight: fontWeights.bold },
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
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: string): GlyphRun;
}

/** Runs kept per font before the cache starts again (this lecture's three PDFs shape about 1,100 a font). */
const keptRunsLimit = 50_000;

/**
 * Keeps what fontkit's shaping gives for each text and set of features, on the font object react-pdf lays
 * out with. react-pdf shapes every run of text again on every render, and the dev renderer renders the same
 * lecture again and again with one sentence changed: measured in `npm run dev`, the three PDFs of a save
 * took 0.92 s instead of 1.17-1.26 s. A run depends only on the font, the text and those options, and
 * react-pdf only reads it (it copies the positions before justification moves them), so a kept run is the
 * run fontkit would make: the PDFs are the same bytes (a test renders between other renders and compares).
 */
function keepShaping(font: LoadedFont): void {
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    const key = JSON.stringify([text, features ?? null, script ?? null, language ?? null, direction ?? null]);
    let run = runs.get(key);
    if (run === undefined) {
      if (runs.size >= keptRunsLimit) runs.clear();
      run = shape(text, features, script, language, direction);
      runs.set(key, run);
    }
    return run;
  };
}

let loaded: Promise<TextMeasure> | null = null;

/**
 * Loads both weights into react-pdf once per process (react-pdf keeps them for every later render: SVG text,
 * which react-pdf does not preload, depends on this) and returns the kit's text measure. That measure shapes
 * each word with fontkit from the same TTFs, with the same features, as react-pdf does when it sets the
 * line, so lines broken with it are the lines react-pdf draws (fonts.test.ts compares the two measures).
 */
export function loadFonts(): Promise<TextMeasure> {
  registerFonts();
  loaded ??= (async () => {
    for (const weight of ['regular', 'bold'] as const) {
      const descriptor = { fontFamily, fontWeight: fontWeights[weight] };
      await Font.load(descriptor);
      const data = Font.getFont(descriptor).data as unknown as LoadedFont | null;
      if (!data) throw new Error(`${fontFiles()[weight]}: react-pdf could not load the ${weight} font`);
      keepShaping(data);
    }
    return textMeasure();
  })();
  return loaded;
}
