// The slides as a PDF (`npm run slides:pdf`), read back as a student's viewer and an LMS would: one 16:9
// page per slide with everything shown, the sections as an outline, the links, the fonts inside, and the
// same bytes every time.
import { lecture, slideSequence } from '@vmvc/content';
import { pdfFonts, type ReadPdf, readPdf, squeeze } from '@vmvc/testkit';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { slidesPdf } from '../src/pdf/slides-pdf.ts';
import { builtDeck } from './support.ts';

const slides = slideSequence(lecture);

/** The text mupdf copies from each page, lines as they are drawn. */
function mupdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  try {
    const pages: string[] = [];
    for (let i = 0; i < doc.countPages(); i += 1) {
      const page = doc.loadPage(i);
      const text = page.toStructuredText('preserve-whitespace');
      pages.push(text.asText());
      text.destroy();
      page.destroy();
    }
    return pages.join('\n');
  } finally {
    doc.destroy();
  }
}

describe('the slides PDF', () => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;

  beforeAll(async () => {
    bytes = await slidesPdf({ file: builtDeck(), lecture });
    pdf = await readPdf(bytes);
  });

  it('has one 16:9 page per slide, in order, each with its title', () => {
    expect(pdf.pages).toHaveLength(slides.length);
    for (const page of pdf.pages) expect([page.width, page.height]).toEqual([960, 540]);
    slides.forEach((slide, i) => {
      expect(squeeze(pdf.pages[i]!.text), slide.id).toContain(squeeze(slide.title));
    });
  });

  it('shows every fragment: the whole comparison on its page', () => {
    const i = slides.findIndex((s) => s.exhibit?.type === 'comparison');
    const text = squeeze(pdf.pages[i]!.text);
    for (const row of lecture.comparison.rows) {
      for (const cell of [row.aspect, row.vm, row.container]) expect(text).toContain(squeeze(cell));
    }
  });

  it('has the sections in its outline, and the lecture as its title and author', () => {
    const tops = slides
      .map((s) => s.section?.title ?? s.title)
      .filter((title, i, all) => all.indexOf(title) === i);
    expect(pdf.outline).toEqual(tops);
    expect(pdf.info.Title).toBe(lecture.meta.title);
    expect(pdf.info.Author).toBe('Junghyun Kim (김정현)');
  });

  it('keeps the reference links and carries its fonts, Hangul included', () => {
    const links = new Set(pdf.pages.flatMap((p) => p.links));
    for (const reference of lecture.references) expect(links).toContain(reference.URL);
    const fonts = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
    for (const font of fonts) expect(font.name).toMatch(/NotoSansKR/);
    expect(pdf.text).toContain('김정현');
  });

  it('breaks a reference URL only after a slash, so the copied lines join to the URL', () => {
    // A line that ends in "/" goes on with the URL; one that ends in "-" would be joined as a hyphenated
    // word by a reader ("ko-" + "kr" copied as "kokr").
    const joined = (text: string) => text.replace(/\/[ \t]*\r?\n[ \t]*/g, '/');
    for (const [reader, text] of [
      ['pdf.js', pdf.text],
      ['mupdf', mupdfText(bytes)],
    ] as const) {
      for (const reference of lecture.references) {
        expect(joined(text), `${reader}: ${reference.URL}`).toContain(reference.URL);
      }
    }
  });

  it('gives the same bytes for the same deck', async () => {
    const again = await slidesPdf({ file: builtDeck(), lecture });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it("puts the speaker notes on a page after each slide with --notes, in the deck's own font", async () => {
    const bytesWithNotes = await slidesPdf({ file: builtDeck(), lecture, notes: true });
    // Only the font the deck carries: a system font would make the bytes depend on the machine.
    for (const font of pdfFonts(bytesWithNotes)) expect(font.name).toMatch(/NotoSansKR/);
    const withNotes = await readPdf(bytesWithNotes);
    expect(withNotes.pages).toHaveLength(slides.length * 2);
    const i = slides.findIndex((s) => s.id === 'architecture-figure');
    expect(squeeze(withNotes.pages[2 * i + 1]!.text)).toContain(squeeze(slides[i]!.notes).slice(0, 80));
  });
});
