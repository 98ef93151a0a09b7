import { describe, expect, it } from 'vitest';
import { fixturePdf, fixtureText } from './fixture-pdf.ts';
import { pdfFonts } from './pdf-fonts.ts';
import { readPdf } from './read-pdf.ts';
import { renderPdfPage } from './render-pdf-page.ts';

describe('the PDF readers, on a one-page PDF with a known line of text', () => {
  const bytes = fixturePdf();

  it('reads the text with where it sits and its type size', async () => {
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]?.width).toBe(612);
    const item = pdf.pages[0]?.items.find((i) => i.str === fixtureText.str);
    expect(item).toMatchObject({ x: fixtureText.x, y: fixtureText.y, size: fixtureText.size });
    expect(pdf.text).toContain(fixtureText.str);
  });

  it('lists a font that is not embedded as not embedded, like pdffonts', () => {
    expect(pdfFonts(bytes)).toEqual([
      {
        name: 'Helvetica',
        type: 'Type1',
        encoding: 'WinAnsiEncoding',
        embedded: false,
        subset: false,
        unicode: false,
      },
    ]);
  });

  it('draws the page: ink where the text is, none on the empty paper', () => {
    const page = renderPdfPage(bytes, 1, 144);
    expect([page.width, page.height]).toEqual([1224, 1584]);
    expect(Buffer.from(page.png.subarray(0, 8)).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    const { x, y, size } = fixtureText;
    expect(page.inkShare({ x, y, width: 130, height: size * 0.7 })).toBeGreaterThan(0.1);
    expect(page.inkShare({ x, y: 300, width: 300, height: 200 })).toBe(0);
  });

  it('finds where a run of text is drawn, from the glyphs on the page', () => {
    const page = renderPdfPage(bytes, 1);
    const { x, y, size } = fixtureText;
    const box = page.textBox('testkit');
    expect(box?.y).toBeCloseTo(y, 1);
    expect(box?.height).toBeCloseTo(size, 1);
    // "testkit" is the end of "Hello, testkit": it starts right of the line's start and is narrower than it.
    expect(box?.x).toBeGreaterThan(x + 50);
    expect(box?.width).toBeGreaterThan(50);
    expect(box?.width).toBeLessThan(120);
    expect(page.textBox('Goodbye')).toBeNull();
  });

  it('says which page does not exist', () => {
    expect(() => renderPdfPage(bytes, 2)).toThrow('page 2 of a PDF with 1 page(s)');
  });
});
