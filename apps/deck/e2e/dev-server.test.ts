// `npm run dev`: the deck served by Vite, rendered from the lecture as it is now, reloaded in the browser
// when the content changes, and nothing of the repository beside the page. A lecture file in a temp folder
// stands in for the content package's build.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Lecture, lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckRoot } from '../src/build/build-deck.ts';
import { type DevServer, startDevServer } from '../src/server/dev-server.ts';
import { type Chromium, launchChromium, openDeck, type Watched, watchedPage } from './support.ts';

/** The status and body of a GET for `path` exactly as written (node:http sends `..` and `%2f` untouched). */
function rawGet(base: string, path: string): Promise<{ status: number | undefined; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
      );
    }).on('error', reject);
  });
}

/**
 * Words of a file that survive every form Vite can serve it in (as is, `?raw` as a JS string, `?import` as
 * JSON module): the first run of letters, digits, spaces, commas and dots long enough not to occur by chance.
 */
function wordsOf(file: string): string {
  const words = /[A-Za-z0-9 ,.]{14,}/.exec(readFileSync(file, 'utf8'))?.[0];
  if (!words) throw new Error(`${file}: no run of 14 plain characters to recognise it by`);
  return words;
}

const repo = join(deckRoot, '..', '..');
const contentEntry = fileURLToPath(import.meta.resolve('@vmvc/content'));

describe('the dev server', () => {
  let dir: string;
  let file: string;
  let problemsFile: string;
  let server: DevServer;
  let browser: Chromium;
  let watched: Watched;
  /** Responses of 400 and over the page got while it loaded. */
  const refused: string[] = [];

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
    watched.page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
    });
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

  it('hands out the page and what it loads, and no other file of the repository', async () => {
    // The page loaded whole: reveal.js and its styles through Vite, the client script and its modules.
    expect(refused).toEqual([]);
    expect(
      await watched.page.evaluate(
        () => getComputedStyle(document.querySelector('.reveal .slides')!).position,
      ),
    ).toBe('absolute');

    const source = join(repo, 'packages', 'content', 'src', 'data', 'meta.ts');
    const asked: [path: string, file: string][] = [
      ['/package.json', join(deckRoot, 'package.json')],
      ['/src/server/dev-server.ts', join(deckRoot, 'src', 'server', 'dev-server.ts')],
      ['/src/client/deck-config.test.ts', join(deckRoot, 'src', 'client', 'deck-config.test.ts')],
      ['/src/client/../../package.json', join(deckRoot, 'package.json')],
      ['/src/client/..%2f..%2fpackage.json', join(deckRoot, 'package.json')],
      ['/..%2f..%2fpackage.json', join(repo, 'package.json')],
      ['/tsconfig.json', join(deckRoot, 'tsconfig.json')],
      ['/@id/@vmvc/content', contentEntry],
      [`/@id/${source}`, source],
    ];
    for (const [file, query] of [
      [join(repo, 'package.json'), ['', '?raw', '?import', '?import&raw', '?url']],
      [source, ['', '?raw', '?import', '?import&raw']],
      [join(dirname(contentEntry), '..', 'package.json'), ['', '?raw']],
      [join(repo, 'node_modules', 'reveal.js', 'package.json'), ['', '?raw']],
      [join(repo, 'node_modules', 'vite', 'package.json'), ['', '?raw']],
    ] as const) {
      for (const q of query) asked.push([`/@fs${file}${q}`, file]);
    }
    const served: string[] = [];
    for (const [path, file] of asked) {
      const { status, body } = await rawGet(server.url, path);
      if (body.includes(wordsOf(file))) served.push(`${path} (${status}) served ${file}`);
    }
    expect(served).toEqual([]);
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
