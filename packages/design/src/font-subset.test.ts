import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lecture } from '@vmvc/content';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { makeSubsets, subsetCharacters, subsetFonts } from './font-subset.ts';

describe('font subset', () => {
  it('keeps the text’s characters and the base set, each once, in code point order', () => {
    const chars = subsetCharacters('김정현 김 VM\n\t', 'AB ');
    expect(chars).toContain('김');
    expect(chars).toContain('정');
    expect(chars).toContain('현');
    expect([...chars].filter((c) => c === '김')).toHaveLength(1);
    expect(chars).not.toMatch(/[\n\t]/);
    for (const c of 'AB ') expect(chars).toContain(c);
    const codes = [...chars].map((c) => c.codePointAt(0)!);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });

  it('cuts Noto Sans KR 400 and 700 down to small WOFF2 files holding the characters, the same bytes every time', async () => {
    const characters = subsetCharacters(lecture.references.map((r) => r.title).join(' '));
    const [a, b] = [await makeSubsets(characters), await makeSubsets(characters)];
    for (const font of [a.regular, a.bold]) {
      expect(font.subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(font.byteLength).toBeLessThan(60_000);
    }
    expect(a.regular.equals(b.regular)).toBe(true);
    expect(a.bold.equals(b.bold)).toBe(true);
    expect(await subsetFonts(characters)).toBe(await subsetFonts(characters));
  });

  it('keeps the glyphs of exactly the characters asked for, at the weight of each file', async () => {
    const { regular, bold } = await makeSubsets(subsetCharacters('김정현 VM'));
    for (const [data, weight] of [
      [regular, 400],
      [bold, 700],
    ] as const) {
      const font = create(data) as unknown as {
        characterSet: number[];
        'OS/2': { usWeightClass: number };
      };
      expect(
        String.fromCodePoint(
          ...font.characterSet.filter((cp) => cp > 0x20 && cp < 0xffff).sort((x, y) => x - y),
        ),
      ).toBe('MV김정현');
      expect(font['OS/2'].usWeightClass).toBe(weight);
    }
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
