// The built deck in Chromium, opened from file:// (a double-click, a USB stick) and served over HTTP.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lecture, slideSequence } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.ts';
import { type DeckServer, serveDeck } from '../src/server/serve-deck.ts';
import {
  builtDeck,
  type Chromium,
  fileUrl,
  launchChromium,
  openDeck,
  type Watched,
  watchedPage,
} from './support.ts';

const slides = slideSequence(lecture);
const comparisonIndex = slides.findIndex((s) => s.exhibit?.type === 'comparison');

describe.each(['file', 'http'] as const)('the deck opened over %s', (mode) => {
  let browser: Chromium;
  let server: DeckServer | null = null;
  let url: string;
  let watched: Watched;

  beforeAll(async () => {
    const file = builtDeck();
    if (mode === 'http') server = await serveDeck({ file, port: 0 });
    url = server ? server.url : fileUrl(file);
    browser = await launchChromium();
    watched = await watchedPage(browser, server ? new URL(server.url).origin : null);
    await openDeck(watched.page, url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has one slide per entry of the slide sequence, in its order, each with its id', async () => {
    const { page } = watched;
    expect(await page.evaluate(() => window.Reveal.getTotalSlides())).toBe(slides.length);
    const ids = await page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.id));
    expect(ids).toEqual(slides.map((s) => s.id));
  });

  it('shows every comparison cell, product, term and reference title on some slide', async () => {
    // What the slides show: their text without the speaker notes.
    const text = await watched.page.$$eval('.reveal .slides > section', (sections) =>
      sections
        .map((section) => {
          const copy = section.cloneNode(true) as HTMLElement;
          for (const notes of copy.querySelectorAll('.notes')) notes.remove();
          return (copy.textContent ?? '').replace(/\s+/g, ' ');
        })
        .join(' | '),
    );
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    for (const row of lecture.comparison.rows) {
      for (const cell of [row.aspect, row.vm, row.container]) expect(text).toContain(squash(cell));
    }
    for (const product of lecture.products) expect(text).toContain(product.name);
    for (const term of lecture.terms) {
      expect(text).toContain(term.term);
      expect(text).toContain(squash(term.definition));
    }
    for (const reference of lecture.references) {
      expect(text).toContain(reference.title);
      if (reference['translated-title']) expect(text).toContain(reference['translated-title']);
    }
  });

  it("shows the aspects at once, then reveals each row's VM cell and then its container cell", async () => {
    const { page } = watched;
    await page.evaluate((h) => window.Reveal.slide(h, 0, -1), comparisonIndex);
    const visibleCells = () =>
      page.$$eval('#comparison tbody td', (cells) =>
        cells
          .filter((c) => getComputedStyle(c).opacity === '1' && c.classList.contains('visible'))
          .map((c) => c.className.replace(/ .*/, '')),
      );
    const aspects = () =>
      page.$$eval(
        '#comparison tbody th',
        (cells) => cells.filter((c) => getComputedStyle(c).opacity === '1').length,
      );
    expect(await visibleCells()).toEqual([]);
    expect(await aspects()).toBe(lecture.comparison.rows.length);
    await page.locator('body').focus();
    const order = lecture.comparison.rows.flatMap(() => ['side-vm', 'side-container']);
    for (let shown = 1; shown <= order.length; shown++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(visibleCells).toEqual(order.slice(0, shown));
      expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('comparison');
    }
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe(
      slides[comparisonIndex + 1]!.id,
    );
  });

  it('reaches the last slide with the keyboard alone', async () => {
    const { page } = watched;
    await page.evaluate(() => window.Reveal.slide(0, 0));
    const steps = slides.length + 2 * lecture.comparison.rows.length + 5;
    for (let i = 0; i < steps && !(await page.evaluate(() => window.Reveal.isLastSlide())); i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('closing');
    const number = await page.textContent('.reveal .slide-number');
    expect(number?.replace(/\s+/g, ' ').trim()).toBe(`${slides.length} / ${slides.length}`);
  });

  it('opens the overview on Esc and leaves it again', async () => {
    const { page } = watched;
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.Reveal.isOverview())).toBe(false);
  });

  it('opens the slide a deep link names, and writes the current slide into the URL', async () => {
    const { page } = watched;
    const target = slides.find((s) => s.id === 'references-2')!;
    await openDeck(page, `${url}#/${target.id}`);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe(target.id);
    expect(await page.evaluate(() => window.Reveal.getIndices().h)).toBe(target.number - 1);
    await page.keyboard.press('ArrowRight');
    // reveal.js writes the hash at most about once a second.
    await page.waitForFunction((id) => window.location.hash === `#/${id}`, slides[target.number]!.id, {
      timeout: 5000,
    });
  });

  it('opens the speaker view on S, with the current slide, the next one, a timer and the notes', async () => {
    const { page } = watched;
    const slide = slides.find((s) => s.id === 'architecture-figure')!;
    await openDeck(page, `${url}#/${slide.id}`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toBe(slide.notes);
    // The current and the upcoming slide, each the deck itself in an iframe.
    const previews = speaker.frames().filter((f) => f !== speaker.mainFrame());
    expect(previews).toHaveLength(2);
    const shown = async () =>
      Promise.all(
        previews.map((f) =>
          f.evaluate(() =>
            document.documentElement.dataset.deck === 'ready' ? window.Reveal.getCurrentSlide().id : null,
          ),
        ),
      );
    // The upcoming frame is told its slide once both frames have loaded the whole deck: on two busy cores
    // (a fresh clone's CI, with the builds beside it) that took longer than 10 s once.
    await expect.poll(shown, { timeout: 30_000 }).toEqual([slide.id, slides[slide.number]!.id]);
    expect(await speaker.isVisible('#connection-status')).toBe(false);
    expect((await speaker.textContent('.speaker-controls-time .timer'))?.trim()).toMatch(/^\d\d:\d\d:\d\d$/);

    // Moving on in the deck moves the speaker view along.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toBe(slides[slide.number]!.notes);
    await speaker.close();
  });

  it('leaves the main deck where it was when the speaker view opens mid-slide', async () => {
    const { page } = watched;
    const slide = slides[comparisonIndex]!;
    await openDeck(page, `${url}#/${slide.id}`);
    const steps = 3;
    await page.evaluate((n) => {
      for (let i = 0; i < n; i += 1) window.Reveal.nextFragment();
    }, steps);
    const where = () => page.evaluate(() => window.Reveal.getIndices());
    const before = await where();
    expect(before).toMatchObject({ h: comparisonIndex, f: steps - 1 });
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    // Both previews load the whole deck and report their own state; none of it may reach the audience.
    const current = () => speaker.frames().find((f) => f !== speaker.mainFrame());
    await expect
      .poll(
        async () =>
          (await current()?.evaluate(() =>
            document.documentElement.dataset.deck === 'ready' ? window.Reveal.getIndices() : null,
          )) ?? null,
        { timeout: 30_000 },
      )
      .toMatchObject({ h: comparisonIndex, f: steps - 1 });
    // The speaker view sends its state back after a 500 ms debounce: wait well past it.
    await page.waitForTimeout(2000);
    expect(await where()).toEqual(before);
    // Stepping on in the speaker view still moves the audience's deck.
    await speaker.bringToFront();
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(where, { timeout: 10_000 }).toMatchObject({ h: comparisonIndex, f: steps });
    await speaker.close();
  });

  it('prints one clean 16:9 page per slide with ?print-pdf', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}print-pdf`);
    await page.waitForFunction(() => document.querySelectorAll('.pdf-page').length > 0);
    expect(await page.$$eval('.pdf-page', (p) => p.length)).toBe(slides.length);
    // Every comparison row is on the page: fragments are not split over pages.
    expect(
      await page.$$eval('#comparison tbody tr', (rows) => rows.map((r) => getComputedStyle(r).visibility)),
    ).toEqual(lecture.comparison.rows.map(() => 'visible'));
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      (m) => `${m[1]}x${m[2]}`,
    );
    expect(boxes).toHaveLength(slides.length);
    expect(new Set(boxes)).toEqual(new Set(['960x540']));
    await page.close();
  });

  it('made no request outside the deck, logged no error and raised no dialog', async () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });
});

describe('the built file', () => {
  it('is the build of the current lecture and code (same bytes as a fresh build)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-fresh-'));
    try {
      const fresh = await buildDeck({ lecture, outDir: dir });
      const same = (await readFile(fresh.file)).equals(await readFile(builtDeck()));
      expect(same, `${builtDeck()} is stale: run \`npm run build\` in apps/deck`).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is one self-contained HTML file sealed by a CSP that allows no network', async () => {
    const html = await readFile(builtDeck(), 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    // The CSP comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<(?:script|style|link)\b/));
    // Outside the inline script (whose code mentions such tags), nothing points to another file.
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>');
    const external = [
      ...markup.matchAll(
        /<(?:script|img|iframe|link|source|video|audio)\b[^>]*\s(?:src|href)="(?!data:)[^"]*"/g,
      ),
    ];
    expect(external.map((m) => m[0])).toEqual([]);
  });
});
