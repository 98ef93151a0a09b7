import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lecture } from '@vmvc/content';
import { fontFamily } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import {
  baseCharacters,
  fontFaceCss,
  makeSubsets,
  subsetCharacters,
  subsetDeckFonts,
} from './font-subset.ts';

describe('font subset', () => {
  it('keeps the text’s characters and the base set, each once, in code point order', () => {
    const chars = subsetCharacters('김정현 김 VM\n\t');
    expect(chars).toContain('김');
    expect(chars).toContain('정');
    expect(chars).toContain('현');
    expect([...chars].filter((c) => c === '김')).toHaveLength(1);
    expect(chars).not.toMatch(/[\n\t]/);
    for (const c of baseCharacters) expect(chars).toContain(c);
    const codes = [...chars].map((c) => c.codePointAt(0)!);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('cuts Noto Sans KR down to small WOFF2 files, regular and bold, the same bytes every time', async () => {
    const text = lecture.references.map((r) => r.title).join(' ');
    const [a, b] = [await subsetDeckFonts(text), await subsetDeckFonts(text)];
    for (const font of [a.regular, a.bold]) {
      expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(font.byteLength).toBeLessThan(60_000);
    }
    expect(a.regular.equals(b.regular)).toBe(true);
    expect(a.bold.equals(b.bold)).toBe(true);
    const css = fontFaceCss(a);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(`font-family:"${fontFamily}";font-style:normal;font-weight:400`);
    expect(css).toContain('font-weight:700');
    expect(css).toContain('src:url(data:font/woff2;base64,');
  });

  it('gives the same bytes from its cache as cut afresh, and cuts again when the cache lost a file', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'vmvc-font-cache-'));
    try {
      const characters = subsetCharacters('김정현 cache');
      const cut = await makeSubsets(characters, cache);
      const files = (await readdir(cache)).sort();
      expect(files).toHaveLength(2);
      expect(files.map((f) => f.replace(/^[0-9a-f]{32}-/, ''))).toEqual(['bold.woff2', 'regular.woff2']);
      const cached = await makeSubsets(characters, cache);
      expect(cached.regular.equals(cut.regular)).toBe(true);
      expect(cached.bold.equals(cut.bold)).toBe(true);
      await rm(join(cache, files[0]!));
      const again = await makeSubsets(characters, cache);
      expect(again.bold.equals(cut.bold)).toBe(true);
      expect((await readdir(cache)).sort()).toEqual(files);
      // Other characters, another entry.
      await makeSubsets(subsetCharacters('다른 글자'), cache);
      expect(await readdir(cache)).toHaveLength(4);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });
});
