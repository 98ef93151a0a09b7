// fontkit ships no types; this is the part of its API the text measure and the coverage table use.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    familyName: string;
    /** Every code point the font's cmap maps to a glyph. */
    characterSet: number[];
    layout(text: string, features?: Record<string, boolean>): GlyphRun;
  }
  export function create(buffer: Uint8Array): Font;
}
