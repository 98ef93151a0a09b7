// Where the kit's one font is on disk (Node only): Noto Sans KR, TTF 400 and 700, which the deck and the Marp
// export subset and inline, the handouts embed and the text measure reads.

const fontPackage = '@expo-google-fonts/noto-sans-kr';

/**
 * A build that bundles this module (the published @vmvc/formats) copies the files into `fonts/` beside its
 * code, for a project that installs it has no font package.
 */
export const bundledFontDir = 'fonts';

export interface FontFiles {
  /** Full Noto Sans KR TTFs (SIL Open Font License 1.1), every Hangul syllable and Latin. */
  regular: string;
  bold: string;
  /** The font's licence (SIL OFL 1.1), which travels with any output that embeds the font. */
  license: string;
}

let located: FontFiles | undefined;

/** This module's location, in ESM and in a CommonJS bundle. */
function here(): string {
  return typeof __filename === 'string' ? __filename : import.meta.url;
}

/**
 * The font files: those a bundling build copied beside its code, else the font package's. Node's modules
 * are taken without an import statement, so code that imports this module still loads without a file
 * system (a browser bundle of @vmvc/formats) until it asks for the files.
 */
export function fontFiles(): FontFiles {
  if (located) return located;
  if (typeof process === 'undefined' || typeof process.getBuiltinModule !== 'function') {
    throw new Error(
      `the font files of ${fontPackage} are read from disk: this runs in Node.js 20.16 or later`,
    );
  }
  const { existsSync } = process.getBuiltinModule('node:fs');
  const { createRequire } = process.getBuiltinModule('node:module');
  const { fileURLToPath, pathToFileURL } = process.getBuiltinModule('node:url');
  const base = here().startsWith('file:') ? here() : pathToFileURL(here()).href;
  const require = createRequire(base);
  const inPackage = (): FontFiles => ({
    regular: require.resolve('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf'),
    license: require.resolve('@expo-google-fonts/noto-sans-kr/LICENSE_FONT'),
  });
  const beside = (file: string) => fileURLToPath(new URL(`${bundledFontDir}/${file}`, base));
  const bundled: FontFiles = {
    regular: beside('NotoSansKR_400Regular.ttf'),
    bold: beside('NotoSansKR_700Bold.ttf'),
    license: beside('LICENSE_FONT'),
  };
  located = existsSync(bundled.regular) ? bundled : inPackage();
  return located;
}
