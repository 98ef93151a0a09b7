// What a viewer sees: Hangul drawn with the deck's own font (as Chromium reports the font of each glyph, so
// it holds with or without a CJK font on the machine), every slide's content inside its frame, and
// screenshots kept as artefacts.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lecture, slideSequence } from '@vmvc/content';
import { fontFamily } from '@vmvc/design';
import { validateLecture } from '@vmvc/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.ts';
import { frameProblemsInPage } from '../src/build/fit-check.ts';
import {
  builtDeck,
  type Chromium,
  fileUrl,
  launchChromium,
  openDeck,
  resultsDir,
  type Watched,
  watchedPage,
} from './support.ts';

const slides = slideSequence(lecture);

/** What on slide `h` (fragments shown) leaves its 1280×720 frame, runs over the terms box, or is clipped. */
const frameProblems = (page: Page, h: number): Promise<string[]> => page.evaluate(frameProblemsInPage, h);

/**
 * The empty bands between the blocks of slide `h` taller than `limit` px: the header, each block of the body
 * and the terms box, read top to bottom. A slide whose content hugs the top with its terms pinned to the
 * bottom leaves half the slide between them.
 */
function gapsOver(page: Page, h: number, limit: number): Promise<string[]> {
  return page.evaluate(
    ([index, most]) => {
      window.Reveal.slide(index, 0);
      while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
      const section = window.Reveal.getCurrentSlide();
      const blocks = [
        ...section.querySelectorAll('.slide-header, .slide-body > *, .frame > .slide-terms'),
      ].map((el) => ({ el, box: el.getBoundingClientRect() }));
      blocks.sort((a, b) => a.box.top - b.box.top);
      const out: string[] = [];
      for (let i = 1; i < blocks.length; i += 1) {
        const gap = blocks[i]!.box.top - Math.max(...blocks.slice(0, i).map((b) => b.box.bottom));
        if (gap > most) out.push(`${Math.round(gap)} px above .${[...blocks[i]!.el.classList].join('.')}`);
      }
      return out;
    },
    [h, limit] as const,
  );
}

/**
 * The text on slide `h` (fragments shown) set smaller than `floor` px of a 1920×1080 screen, whatever the
 * window: HTML text by its font size, SVG text by its size as the figure is drawn. Source lines, the slide
 * number and the content stamp (the lecturer's, out of the audience's way) are exempt.
 */
function textBelow(page: Page, h: number, floor: number): Promise<string[]> {
  return page.evaluate(
    ([index, least]) => {
      window.Reveal.slide(index, 0);
      while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
      const section = window.Reveal.getCurrentSlide();
      // Screen px per slide px, and what a 1920×1080 screen shows of one slide px (reveal.js's 4 % margin).
      const scale = section.getBoundingClientRect().width / 1280;
      const at1080 = (1080 * 0.96) / 720;
      const out: string[] = [];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const words = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (
          !words ||
          !el ||
          el.closest('.visually-hidden, aside.notes, title, .slide-sources, .content-stamp')
        )
          continue;
        const svgText = el.closest('text');
        const screenPx = svgText
          ? Number(svgText.getAttribute('font-size')) * (svgText.getScreenCTM()?.a ?? 0)
          : Number.parseFloat(getComputedStyle(el).fontSize) * scale;
        const px = (screenPx / scale) * at1080;
        if (px < least - 0.05) out.push(`${px.toFixed(1)} px: "${words.slice(0, 40)}"`);
      }
      return out;
    },
    [h, floor] as const,
  );
}

/** A font Chromium drew text with, as the DevTools protocol reports it. */
interface PlatformFont {
  familyName: string;
  postScriptName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The fonts Chromium drew the text of the first element `selector` matches with (DevTools protocol). */
async function platformFonts(browser: Chromium, page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  } finally {
    await cdp.detach();
  }
}

/**
 * Each element of the deck whose own text holds Hangul, with the fonts Chromium drew that text with, read on
 * its slide with every step shown (an element of a slide that is not shown has no layout, so no fonts).
 */
async function fontsDrawingHangul(
  browser: Chromium,
  page: Page,
  slideCount: number,
): Promise<{ text: string; fonts: PlatformFont[] }[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    // The elements whose text nodes hold Hangul, by node id, with that text.
    const texts = new Map<number, string>();
    const walk = (node: typeof root) => {
      for (const child of node.children ?? []) {
        if (child.nodeType === 3 && /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(child.nodeValue)) {
          texts.set(node.nodeId, `${texts.get(node.nodeId) ?? ''}${child.nodeValue}`);
        }
        walk(child);
      }
    };
    walk(root);
    const drawn: { text: string; fonts: PlatformFont[] }[] = [];
    for (let h = 0; h < slideCount; h += 1) {
      await page.evaluate((index) => {
        window.Reveal.slide(index, 0);
        while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
      }, h);
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
        nodeId: root.nodeId,
        selector: '.reveal .slides > section.present, .reveal .slides > section.present *',
      });
      for (const nodeId of nodeIds) {
        const text = texts.get(nodeId);
        if (text === undefined) continue;
        // No fonts: the element is not drawn (the speaker notes inside the slide), so it shows nothing.
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        if (fonts.length > 0) drawn.push({ text, fonts });
      }
    }
    return drawn;
  } finally {
    await cdp.detach();
  }
}

const hangul = [
  ...new Set(
    [lecture.meta.authors[0]!.nameOriginal ?? '', ...lecture.references.map((r) => r.title)]
      .join('')
      .match(/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/g),
  ),
];
// What the glyph checks draw: without Hangul in the lecture they would prove nothing.
if (hangul.length <= 10)
  throw new Error(`only ${hangul.length} Hangul syllables to draw: expected the author's name and titles`);

describe('the deck as drawn', () => {
  let browser: Chromium;
  let watched: Watched;

  beforeAll(async () => {
    browser = await launchChromium();
    watched = await watchedPage(browser, null);
    await openDeck(watched.page, fileUrl(builtDeck()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads its own font, regular and bold, from inside the file', async () => {
    const faces = await watched.page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => ({
        family: f.family.replace(/"/g, ''),
        weight: f.weight,
        status: f.status,
      }));
    });
    expect(faces).toEqual([
      { family: fontFamily, weight: '400', status: 'loaded' },
      { family: fontFamily, weight: '700', status: 'loaded' },
    ]);
    for (const weight of [400, 700]) {
      expect(
        await watched.page.evaluate(
          ([font, text]) => document.fonts.check(font!, text),
          [`${weight} 32px "${fontFamily}"`, hangul.join('')],
        ),
      ).toBe(true);
    }
  });

  it('draws every Hangul syllable of the content with the deck font, not a fallback box', async () => {
    const drawn = await fontsDrawingHangul(browser, watched.page, slides.length);
    // Every syllable of the content was on a slide, and each element that shows one drew all its text
    // with the font the file carries: a fallback (a CJK font of the machine, or boxes) is another family.
    expect(hangul.filter((c) => !drawn.some((d) => d.text.includes(c)))).toEqual([]);
    const deckFont = (f: PlatformFont) => f.isCustomFont && f.familyName === fontFamily;
    expect(drawn.filter((d) => !d.fonts.every(deckFont))).toEqual([]);
  });

  it('would tell a fallback font from the deck font', async () => {
    // The same check on Hangul set in monospace: the machine's font (or its missing-glyph box), never the deck's.
    await watched.page.evaluate((text) => {
      const probe = document.createElement('span');
      probe.id = 'monospace-probe';
      probe.style.fontFamily = 'monospace';
      probe.textContent = text;
      document.querySelector('.reveal .slides > section.present')!.append(probe);
    }, hangul.join(''));
    const fonts = await platformFonts(browser, watched.page, '#monospace-probe');
    await watched.page.evaluate(() => document.getElementById('monospace-probe')?.remove());
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.isCustomFont || f.familyName === fontFamily)).toEqual([]);
  });

  it('would notice a card that runs into the terms below it', async () => {
    const { page } = watched;
    const index = slides.findIndex((s) => s.exhibit?.type === 'products' && s.terms.length > 0);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.product-description'))
        el.style.fontSize = '40px';
    });
    const problems = await frameProblems(page, index);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.product-description')) el.style.fontSize = '';
    });
    expect(problems.join('\n')).toMatch(/runs \d+ px below the slide body|leaves the slide by \d+ px/);
  });

  it('keeps screenshots of the title slide and the comparison slide', async () => {
    const { page } = watched;
    const dir = await resultsDir();
    for (const id of ['title', 'comparison']) {
      const index = slides.findIndex((s) => s.id === id);
      await page.evaluate((h) => {
        window.Reveal.slide(h, 0);
        while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
      }, index);
      await page.waitForFunction(
        () =>
          !document.querySelector('.reveal .slides > section.present')?.getAnimations({ subtree: true })
            .length,
      );
      const png = await page.screenshot({ path: join(dir, `deck-${id}.png`) });
      expect(png.byteLength).toBeGreaterThan(10_000);
    }
  });

  it('logged no error', () => {
    expect(watched.errors).toEqual([]);
  });
});

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('every slide at $width×$height', (viewport) => {
  let browser: Chromium;
  let watched: Watched;

  beforeAll(async () => {
    browser = await launchChromium({ viewport });
    watched = await watchedPage(browser, null);
    await openDeck(watched.page, fileUrl(builtDeck()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(slides.map((s) => [s.number, s.id] as const))('slide %i (%s) fits its frame', async (number) => {
    expect(await frameProblems(watched.page, number - 1)).toEqual([]);
  });

  it.each(slides.filter((s) => s.kind === 'content').map((s) => [s.number, s.id] as const))(
    'slide %i (%s) leaves no gap over a quarter of the slide between its blocks',
    async (number) => {
      const scale = Math.min(viewport.width / 1280, viewport.height / 720);
      expect(await gapsOver(watched.page, number - 1, (720 / 4) * scale * 0.96)).toEqual([]);
    },
  );

  it.each(slides.map((s) => [s.number, s.id] as const))(
    'slide %i (%s) sets nothing below 24 px of a 1920×1080 screen, figure labels included',
    async (number) => {
      expect(await textBelow(watched.page, number - 1, 24)).toEqual([]);
    },
  );

  it('would notice a figure label set too small', async () => {
    const { page } = watched;
    const index = slides.findIndex((s) => s.exhibit?.type === 'figure');
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('svg text'))
        el.setAttribute('data-size', el.getAttribute('font-size') ?? '');
      for (const el of document.querySelectorAll('svg text')) el.setAttribute('font-size', '9');
    });
    const small = await textBelow(page, index, 24);
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('svg text'))
        el.setAttribute('font-size', el.getAttribute('data-size') ?? '');
    });
    expect(small.length).toBeGreaterThan(0);
  });
});

describe('long words and URLs', () => {
  // The longest word the rules allow (60), and a 126-character URL, the length that ran off the handout.
  const word = 'Hypervisorcontainerisationcompatibilityconsiderationsoverall';
  const url = `https://learn.microsoft.com/ko-kr/virtualization/windowscontainers/about/${'containers-vs-vm/'.repeat(3)}xy`;
  const long = structuredClone(lecture);
  long.terms[0]!.term = word;
  long.terms[1]!.definition = `Also called ${word} (see ${url})`;
  long.sections[0]!.slides[0]!.bullets[0] = `Read ${url} first`;
  long.comparison.rows[0]!.vm = word;
  const checked = validateLecture(long);
  if (!checked.ok)
    throw new Error(`the long-words fixture is not valid: ${JSON.stringify(checked.problems)}`);
  const longSlides = slideSequence(checked.lecture);
  let browser: Chromium;
  let watched: Watched;

  beforeAll(async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'vmvc-deck-long-words-'));
    const { file } = await buildDeck({ lecture: checked.lecture, outDir });
    browser = await launchChromium();
    watched = await watchedPage(browser, null);
    await openDeck(watched.page, fileUrl(file));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(
    longSlides
      .filter(
        (s) =>
          s.kind === 'glossary' || s.exhibit?.type === 'comparison' || s.path === 'sections[0].slides[0]',
      )
      .map((s) => [s.number, s.id] as const),
  )('slide %i (%s) wraps them inside its frame', async (number) => {
    expect(await frameProblems(watched.page, number - 1)).toEqual([]);
  });
});
