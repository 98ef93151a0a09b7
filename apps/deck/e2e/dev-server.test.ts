// `npm run dev`: the deck served by Vite, rendered from the lecture as it is now, reloaded in the browser
// when the content changes. A lecture file in a temp folder stands in for the content package's build.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Lecture, lecture, validateLecture } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevServer, startDevServer } from '../src/server/dev-server.ts';
import { type Chromium, launchChromium, openDeck, type Watched, watchedPage } from './support.ts';

describe('the dev server', () => {
  let dir: string;
  let file: string;
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
    server = await startDevServer({ loadLecture, watchPaths: [dir], port: 0 });
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

  it('logged no error', () => {
    expect(watched.errors).toEqual([]);
  });
});
