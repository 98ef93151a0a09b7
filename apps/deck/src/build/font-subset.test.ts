import { lecture } from '@vmvc/content';
import { fontFamily } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { baseCharacters, fontFaceCss, subsetCharacters, subsetDeckFonts } from './font-subset.ts';

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
});
