import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { woff2CharacterSet } from './woff2-character-set.ts';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource-variable/noto-sans-kr/unicode.json')), 'files');
const decompress = (data: Uint8Array) => new Uint8Array(brotliDecompressSync(data));

/** Ranges as the list of code points they hold. */
const expand = (ranges: [number, number][]) =>
  ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

describe('the characters of a WOFF2 file', () => {
  it('are those fontkit reads from the same file, for every slice of Noto Sans KR', async () => {
    const names = (await readdir(files)).filter((name) => name.endsWith('.woff2'));
    expect(names).toHaveLength(124);
    for (const name of names) {
      const bytes = new Uint8Array(await readFile(join(files, name)));
      // fontkit lists U+FFFF, the end marker of a format 4 subtable, which maps to no glyph.
      const expected = create(bytes)
        .characterSet.filter((cp) => cp !== 0xffff)
        .sort((a, b) => a - b);
      expect(expand(woff2CharacterSet(bytes, decompress)), name).toEqual(expected);
    }
  });

  it('show that a slice draws fewer characters than its unicode-range claims', async () => {
    const latin = new Uint8Array(await readFile(join(files, 'noto-sans-kr-latin-wght-normal.woff2')));
    const drawn = new Set(expand(woff2CharacterSet(latin, decompress)));
    expect(drawn.has('K'.codePointAt(0)!)).toBe(true);
    expect(drawn.has(0x2010)).toBe(false);
  });

  it('refuses a file that is not WOFF2', () => {
    expect(() => woff2CharacterSet(new Uint8Array(64), decompress)).toThrow('not a WOFF2 file');
  });
});
