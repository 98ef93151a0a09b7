import { fontFamily } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { baseCharacters, fontFaceCss, subsetDeckFonts } from './font-subset.ts';

describe('the deck’s font', () => {
  it('carries the slides’ characters and the base set as two inline WOFF2 faces, 400 and 700', async () => {
    const fonts = await subsetDeckFonts('김정현');
    for (const c of `김정현${baseCharacters}`) expect(fonts.characters).toContain(c);
    const css = fontFaceCss(fonts);
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain(`font-family:"${fontFamily}";font-style:normal;font-weight:400`);
    expect(css).toContain('font-weight:700');
    expect(css).toContain('src:url(data:font/woff2;base64,');
  });
});
