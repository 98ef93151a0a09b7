// Reads Noto Sans KR's slices from the @fontsource-variable/noto-sans-kr package (Node only), for the Marp
// export to embed: `exportMarp(lecture, { font: await notoSansKrFiles() })`, as `vmvc export` does.
import {
  type FontSlice,
  formatUnicodeRange,
  intersectRanges,
  type NotoSansKrFiles,
  parseUnicodeRange,
} from './font-face-rules.ts';
import { woff2CharacterSet } from './woff2-character-set.ts';

const fontPackage = '@fontsource-variable/noto-sans-kr';

/** From the font's name table; the licence is the package's LICENSE (SIL OFL 1.1). */
const copyright = "© 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'";

let loaded: Promise<NotoSansKrFiles> | undefined;

/** This module's location, in the ESM build and in the CommonJS one. */
function here(): string {
  return typeof __filename === 'string' ? __filename : import.meta.url;
}

async function load(): Promise<NotoSansKrFiles> {
  // Node's modules without an import statement, so the library still loads where there is no file system
  // (a browser bundle); `process.getBuiltinModule` is Node 20.16 and later.
  if (typeof process === 'undefined' || typeof process.getBuiltinModule !== 'function') {
    throw new Error(`notoSansKrFiles() reads ${fontPackage} from disk: it runs in Node.js 20.16 or later`);
  }
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  const { createRequire } = process.getBuiltinModule('node:module');
  const { brotliDecompressSync } = process.getBuiltinModule('node:zlib');
  const require = createRequire(here());
  const read = (file: string) => readFile(require.resolve(`${fontPackage}/${file}`));
  const decompress = (data: Uint8Array) => new Uint8Array(brotliDecompressSync(data));

  const manifest = JSON.parse((await read('package.json')).toString('utf8')) as { version: string };
  // `[0]` ... `[119]`, `cyrillic`, `vietnamese`, `latin-ext`, `latin`: the order of the package's index.css.
  const ranges = JSON.parse((await read('unicode.json')).toString('utf8')) as Record<string, string>;
  const slices: FontSlice[] = await Promise.all(
    Object.entries(ranges).map(async ([subset, unicodeRange]) => {
      const file = `files/noto-sans-kr-${subset.replace(/[[\]]/g, '')}-wght-normal.woff2`;
      const woff2 = new Uint8Array(await read(file));
      // The range the package's CSS gives, narrowed to the glyphs the file has: `latin` claims U+2000-206F
      // but draws few of them, and the browser would draw the rest with a font of the machine.
      const drawn = intersectRanges(parseUnicodeRange(unicodeRange), woff2CharacterSet(woff2, decompress));
      return { unicodeRange: formatUnicodeRange(drawn), woff2 };
    }),
  );
  return {
    notice:
      `Noto Sans KR ${copyright}. Licensed under the SIL Open Font License, Version 1.1 ` +
      `(https://openfontlicense.org). Files from ${fontPackage} ${manifest.version}.`,
    slices,
  };
}

/** Noto Sans KR's files, read once per process (3.8 MB; each file has every weight from 100 to 900). */
export function notoSansKrFiles(): Promise<NotoSansKrFiles> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
