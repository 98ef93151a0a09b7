// The part of fontkit 2 the tests use: a font file's character set, as an independent reader of the cmap.
declare module 'fontkit' {
  interface Font {
    /** Every code point the font maps to a glyph. */
    characterSet: number[];
  }
  export function create(buffer: Uint8Array): Font;
}
