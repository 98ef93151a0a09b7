// `npm run dev`: the deck served by Vite, rendered from the lecture as it is now, reloaded in the browser
// when the content changes. A lecture file in a temp folder stands in for the content package's build.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Lecture, lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from '../src/server/dev-server.ts';
import { type Chromium, launchChromium, openDeck, type Watched, watchedPage } from './support.ts';

describe('the dev server', () => {
  let dir: string;
  let file: string;
  let problemsFile: string;
  let server: DevServer;
  let browser: Chromium;
  let watched: Watched;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-dev-'));
    file = join(dir, 'lecture.json');
    await writeFile(file, JSON.stringify(lecture));
    const loadLecture = async (): Promise<Lecture> => {
      const result = validateLecture(JSON.parse(await readFile(file, 'utf8')));
      if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => p.path).join(', ')}`);
      return result.lecture;
    };
    problemsFile = join(dir, '.dev', 'problems.json');
    server = await startDevServer({ loadLecture, watchPaths: [dir], problemsFile, port: 0 });
    browser = await launchChromium();
    watched = await watchedPage(browser, new URL(server.url).origin);
    await openDeck(watched.page, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('serves the deck rendered from the lecture', async () => {
    expect(await watched.page.textContent('#title .lecture-title')).toBe(lecture.meta.title);
    expect(await watched.page.evaluate(() => window.Reveal.getTotalSlides())).toBeGreaterThan(10);
  });

  it('reloads the page with the new text when the lecture changes', async () => {
    const { page } = watched;
    const changed = structuredClone(lecture);
    changed.meta.title = 'VM vs Container, revised';
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await writeFile(file, JSON.stringify(changed));
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
    expect(await page.textContent('#title .lecture-title')).toBe('VM vs Container, revised');
  });

  it('shows the problems of a broken save over the last good deck, and clears them on the next good one', async () => {
    const { page } = watched;
    const overlay = page.locator('#vmvc-dev-problems');
    expect(await overlay.count()).toBe(0);
    const report = {
      reason: 'saved data/comparison.ts: the lecture has problems',
      problems: ['comparison.rows[3].container: empty text: expected words <b>not markup</b>'],
    };
    let reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await mkdir(join(dir, '.dev'), { recursive: true });
    await writeFile(problemsFile, JSON.stringify(report));
    await reloaded;
    await expect.poll(() => overlay.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await overlay.getAttribute('role')).toBe('alert');
    expect(await overlay.locator('li').allTextContents()).toEqual(report.problems);
    expect(await overlay.textContent()).toContain('the last good build');
    // The last good deck is still there beneath.
    expect(await page.textContent('#title .lecture-title')).toBe('VM vs Container, revised');

    // The next good save: the content's dev build removes the report and writes the new lecture.
    reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await rm(problemsFile);
    const fixed = structuredClone(lecture);
    fixed.meta.title = 'VM vs Container, fixed';
    await writeFile(file, JSON.stringify(fixed));
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
    await expect
      .poll(() => page.textContent('#title .lecture-title'), { timeout: 10_000 })
      .toBe('VM vs Container, fixed');
    expect(await overlay.count()).toBe(0);
  });

  it('comes back on the same slide and the same step after the reload a save brings', async () => {
    const { page } = watched;
    await page.evaluate(() => {
      window.location.hash = '#/comparison';
    });
    await page.waitForFunction(() => window.Reveal.getCurrentSlide().id === 'comparison');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    const before = await page.evaluate(() => window.Reveal.getIndices());
    expect(before.f).toBe(2);

    // Saved straight after the steps, within the second reveal.js waits before it writes the URL again.
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    const changed = structuredClone(lecture);
    changed.meta.title = 'VM vs Container, saved mid-table';
    await writeFile(file, JSON.stringify(changed));
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
    expect(await page.textContent('#title .lecture-title')).toBe('VM vs Container, saved mid-table');
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('comparison');
    expect(await page.evaluate(() => window.Reveal.getIndices())).toEqual(before);
  });

  it('logged no error', () => {
    expect(watched.errors).toEqual([]);
  });
});
