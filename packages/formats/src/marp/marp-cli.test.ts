// What marp-cli 4.5.1 makes of the Marp export, as a reader sees it: the HTML deck measured in headless
// Chromium (every slide inside 1280×720, type no smaller than a room reads, Hangul drawn with the font the
// deck carries), the PDF (one page a slide, Hangul as text) and the presenter notes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marpCli } from '@marp-team/marp-cli';
import { type Chromium, chromiumExecutable, launchChromium, type Page } from '@vmvc/browser';
import { lecture, slideSequence } from '@vmvc/content';
import { fontFiles, textMeasure } from '@vmvc/design';
import { pdfFonts, readPdf } from '@vmvc/testkit';
import { create } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeLecture } from '../test-support/large-lecture.ts';
import { slideHeight, slideWidth } from './fit-slide.ts';
import { fontFaceRules } from './font-face-rules.ts';
import { exportMarp, marpLayout } from './marp.ts';
import { marpFont } from './marp-font.ts';

interface SlideMeasure {
  heading: string;
  scrollHeight: number;
  scrollWidth: number;
  /** Elements whose box leaves the slide's content box (the footer: the slide's box), with by how much. */
  outside: string[];
  /** The smallest type of the slide's body text and of its tables, px. */
  smallestText: number;
  smallestTable: number;
}

/** Every slide of the deck in the page, measured in one pass. */
function measureSlides(page: Page): Promise<SlideMeasure[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('section[id]')].map((section) => {
      const box = section.getBoundingClientRect();
      const style = getComputedStyle(section);
      const inner = {
        top: box.top + Number.parseFloat(style.paddingTop),
        bottom: box.bottom - Number.parseFloat(style.paddingBottom),
        left: box.left + Number.parseFloat(style.paddingLeft),
        right: box.right - Number.parseFloat(style.paddingRight),
      };
      const outside: string[] = [];
      let smallestText = Number.POSITIVE_INFINITY;
      let smallestTable = Number.POSITIVE_INFINITY;
      for (const element of section.querySelectorAll<HTMLElement>('*')) {
        const own = element.closest('footer, header') ? box : inner;
        const r = element.getBoundingClientRect();
        const over = Math.max(own.top - r.top, r.bottom - own.bottom, own.left - r.left, r.right - own.right);
        if (over > 0.5)
          outside.push(`${element.tagName} ${Math.round(over)} px: ${element.textContent?.slice(0, 40)}`);
        const hasText = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
        if (!hasText || element.closest('footer, header')) continue;
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (element.closest('table')) smallestTable = Math.min(smallestTable, size);
        else smallestText = Math.min(smallestText, size);
      }
      return {
        heading: section.querySelector('h1, h2')?.textContent ?? '',
        scrollHeight: section.scrollHeight,
        scrollWidth: section.scrollWidth,
        outside,
        smallestText,
        smallestTable,
      };
    }),
  );
}

/** The fonts Chromium drew each element's own text with (DevTools protocol), as `family (custom|system)`. */
async function fontsDrawn(chromium: Chromium, page: Page, selector: string): Promise<Map<string, string[]>> {
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const drawn = new Map<string, string[]>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) continue;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    drawn.set(
      outerHTML.replace(/<[^>]+>/g, '').slice(0, 60),
      fonts.map((f) => `${f.familyName} (${f.isCustomFont ? 'custom' : 'system'})`),
    );
  }
  await cdp.detach();
  return drawn;
}

describe('the Marp deck in marp-cli 4.5.1 and Chromium', () => {
  let dir: string;
  let chromium: Chromium;
  let page: Page;
  const decks = { lecture, large: largeLecture() };
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmvc-marp-'));
    for (const [name, deck] of Object.entries(decks)) {
      await writeFile(file(`${name}.md`), exportMarp(deck, { font: await marpFont(deck) }));
    }
    // Both decks to HTML (each beside its Markdown) with marp-cli's default bespoke template.
    expect(await marpCli([file('lecture.md'), file('large.md'), '--no-config-file'])).toBe(0);
    chromium = await launchChromium({ viewport: { width: slideWidth, height: slideHeight } });
    page = await chromium.context.newPage();
  });

  afterAll(async () => {
    await chromium?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const open = async (name: string) => {
    await page.goto(`file://${file(`${name}.html`)}`);
    // The bespoke template shows one slide and skips the others' rendering (content-visibility): show all.
    await page.addStyleTag({ content: 'svg.bespoke-marp-slide { content-visibility: visible !important; }' });
    await page.evaluate(() => document.fonts.ready);
  };

  for (const name of ['lecture', 'large'] as const) {
    it(`keeps every slide of the ${name} deck inside 1280×720, its text no smaller than a room reads`, async () => {
      await open(name);
      const slides = await measureSlides(page);
      const layout = marpLayout(decks[name]);
      expect(slides).toHaveLength(layout.reduce((sum, fitted) => sum + fitted.pages.length, 0));
      for (const slide of slides) {
        expect(slide.scrollHeight, slide.heading).toBeLessThanOrEqual(slideHeight);
        expect(slide.scrollWidth, slide.heading).toBeLessThanOrEqual(slideWidth);
        expect(slide.outside, slide.heading).toEqual([]);
        expect(slide.smallestText, slide.heading).toBeGreaterThanOrEqual(24);
        expect(slide.smallestTable, slide.heading).toBeGreaterThanOrEqual(18);
      }
      if (name === 'lecture') {
        // The slides that ran off the page before: now whole, on one slide or continued.
        const headings = slides.map((s) => s.heading);
        expect(headings).toContain('When to use which');
        expect(headings).toEqual(expect.arrayContaining(['Summary (1/2)', 'Summary (2/2)']));
      }
    });
  }

  it('draws all text, Hangul too, with the Noto Sans KR the deck carries, not with a font of the machine', async () => {
    for (const name of ['lecture', 'large'] as const) {
      await open(name);
      const faces = await page.evaluate(() =>
        [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Sans KR').map((f) => f.status),
      );
      expect(faces.length).toBeGreaterThan(1);
      expect(faces.every((status) => status === 'loaded')).toBe(true);
      const drawn = await fontsDrawn(chromium, page, 'section[id] *');
      expect(drawn.size).toBeGreaterThan(50);
      for (const [text, fonts] of drawn) {
        // One element's text may take both weights (`**Hypervisor**: Software ...`).
        expect(fonts.length, text).toBeGreaterThan(0);
        for (const font of fonts) expect(font, text).toMatch(/^Noto Sans KR\b.* \(custom\)$/);
      }
      if (name === 'lecture') {
        const hangul = [...drawn.keys()].filter((text) => /[가-힣]/.test(text));
        expect(hangul).toEqual(expect.arrayContaining(['Junghyun Kim (김정현)']));
        expect(hangul.length).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('measures text with the glyph widths Chromium draws the embedded 400 and 700 with', async () => {
    const characters = [
      ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
      ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
      ...Array.from({ length: 0x2028 - 0x2010 }, (_, i) => 0x2010 + i),
    ]
      .map((cp) => String.fromCodePoint(cp))
      .concat([...'김정현컨테이너']);
    const font = await marpFont(lecture);
    // The deck's own font, cut to these characters instead of the lecture's.
    const { subsetCharacters, subsetFonts } = await import('@vmvc/design/font-subset');
    const cut = await subsetFonts(subsetCharacters(characters.join('')));
    const faces = fontFaceRules({ ...font, regular: cut.regular, bold: cut.bold });
    await page.setContent(`<style>${faces}</style><p style="font-family: 'Noto Sans KR'">x</p>`);
    const drawn = await page.evaluate(
      async ({ list, all }) => {
        const context = document.createElement('canvas').getContext('2d');
        if (!context) throw new Error('no canvas');
        return Promise.all(
          [400, 700].map(async (weight) => {
            await document.fonts.load(`${weight} 16px "Noto Sans KR"`, all);
            context.font = `${weight} 1000px "Noto Sans KR"`;
            return list.map((ch) => Math.round(context.measureText(ch).width));
          }),
        );
      },
      { list: characters, all: characters.join('') },
    );
    const measure = textMeasure({ pixelRounding: true });
    const ttf = create(await readFile(fontFiles().regular)) as unknown as {
      hasGlyphForCodePoint(cp: number): boolean;
    };
    (['regular', 'bold'] as const).forEach((weight, w) => {
      characters.forEach((ch, i) => {
        const model = measure(ch, 1000, weight);
        // A character the font lacks is drawn by a font of the machine; the model takes it as 2 em.
        if (ttf.hasGlyphForCodePoint(ch.codePointAt(0)!))
          expect(model, `U+${ch.codePointAt(0)!.toString(16)} ${weight}`).toBe(drawn[w]![i]);
        else expect(model).toBe(2000);
      });
    });
  });

  it('prints one PDF page a slide, 1280×720 px, its Hangul as text in the deck’s font', async () => {
    const pdfPath = file('lecture.pdf');
    const browserPath = await chromiumExecutable();
    expect(
      await marpCli([
        file('lecture.md'),
        '--pdf',
        '--no-config-file',
        '--browser-path',
        browserPath,
        '-o',
        pdfPath,
      ]),
    ).toBe(0);
    const bytes = new Uint8Array(await readFile(pdfPath));
    const pdf = await readPdf(bytes);
    const slides = marpLayout(lecture).reduce((sum, fitted) => sum + fitted.pages.length, 0);
    expect(pdf.pages).toHaveLength(slides);
    expect(pdf.pages[0]).toMatchObject({ width: 960, height: 540 });
    expect(pdf.text).toContain('Junghyun Kim (김정현)');
    expect(pdf.text).toContain('컨테이너와 가상 머신 비교');
    // Only the deck's two fonts, embedded; a font of the machine (DejaVu here) would come under its own name.
    const fonts = pdfFonts(bytes);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect([...new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))].sort()).toEqual([
      'NotoSansKR-Bold',
      'NotoSansKR-Regular',
    ]);
  });

  it('hands marp-cli every slide’s speaker notes', async () => {
    const notesPath = file('lecture.txt');
    // marp-cli looks for a browser even to write the notes.
    const browserPath = await chromiumExecutable();
    expect(
      await marpCli([
        file('lecture.md'),
        '--notes',
        '--no-config-file',
        '--browser-path',
        browserPath,
        '-o',
        notesPath,
      ]),
    ).toBe(0);
    const notes = await readFile(notesPath, 'utf8');
    for (const slide of slideSequence(lecture)) expect(notes).toContain(slide.notes.trim());
  });
});
