// `npm run dev`: the deck served by Vite, rendered from the lecture's TypeScript, patched in the open page on
// every save: the new text shows with no reload, on the same slide and step; a broken save shows its problems
// over the slides and the next good one takes them away, also with no reload; a slide added reloads the page
// onto the slide it was on; and nothing of the repository is handed out beside the page. A lecture module in
// a temp folder stands in for the content package's sources.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStamp, type Lecture, lecture } from '@vmvc/content';
import { formatProblem, validateLecture } from '@vmvc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckRoot } from '../src/build/build-deck.ts';
import { type DevServer, startDevServer } from '../src/server/dev-server.ts';
import { type Chromium, launchChromium, openDeck, type Watched, watchedPage } from './support.ts';

/** The lecture with one comparison cell (a bullet of the comparison slide, shown at its step 3) set to `text`. */
function withCell(text: string): Lecture {
  const changed = structuredClone(lecture);
  const row = changed.comparison.rows[3];
  if (!row) throw new Error('the lecture has no fourth comparison row');
  row.container = text;
  return changed;
}

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
  let server: DevServer;
  let browser: Chromium;
  let watched: Watched;
  /** Responses of 400 and over the page got while it loaded. */
  const refused: string[] = [];
  const save = (source: string) => writeFile(file, source);
  const saveLecture = (value: Lecture) => save(`export const lecture = ${JSON.stringify(value)};\n`);
  /** Set in the page before a save: still there after it only if the page was not reloaded. */
  const mark = () =>
    watched.page.evaluate(() => {
      Object.assign(window, { vmvcMarker: 'before the save' });
    });
  const marked = () =>
    watched.page.evaluate(() => (window as { vmvcMarker?: string }).vmvcMarker === 'before the save');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vmvc-deck-dev-'));
    file = join(dir, 'lecture.ts');
    await saveLecture(lecture);
    server = await startDevServer({
      loadLecture: async (load) => {
        const result = validateLecture((await load(file)).lecture);
        if (!result.ok)
          throw Object.assign(new Error(file), { problems: result.problems.map(formatProblem) });
        return result.lecture;
      },
      watchPaths: [dir],
      port: 0,
      fitCheck: true,
    });
    browser = await launchChromium();
    watched = await watchedPage(browser, new URL(server.url).origin);
    watched.page.on('response', (response) => {
      if (response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
    });
    await openDeck(watched.page, `${server.url}#/comparison`);
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

  it('shows a saved bullet in place: no reload, the same slide and the same step', async () => {
    const { page } = watched;
    await page.waitForFunction(() => window.Reveal.getCurrentSlide().id === 'comparison');
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
    const before = await page.evaluate(() => window.Reveal.getIndices());
    expect(before.f).toBe(2);
    await mark();

    await saveLecture(withCell('Uses far fewer resources'));
    await page.waitForFunction(
      () => document.querySelector('#comparison')?.textContent?.includes('Uses far fewer resources'),
      undefined,
      { timeout: 10_000 },
    );
    expect(await marked()).toBe(true);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('comparison');
    expect(await page.evaluate(() => window.Reveal.getIndices())).toEqual(before);
    // The step's fragments are shown, the next ones still hidden, as before the save.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('#comparison .fragment')].map((f) => f.classList.contains('visible')),
    );
    expect(shown.filter(Boolean)).toHaveLength((before.f ?? 0) + 1);
    expect(shown).toContain(false);
    // The content stamp in the page is the saved lecture's.
    expect(await page.getAttribute('meta[name="vmvc-content-stamp"]', 'content')).toBe(
      contentStamp(withCell('Uses far fewer resources')).text,
    );
  });

  it('shows the problems of a broken save over the slides, and takes them away on the next good one, with no reload', async () => {
    const { page } = watched;
    const overlay = page.locator('#vmvc-dev-problems');
    expect(await overlay.count()).toBe(0);
    await mark();

    await saveLecture(withCell(''));
    await expect.poll(() => overlay.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await overlay.getAttribute('role')).toBe('alert');
    expect((await overlay.locator('li').allTextContents()).join('\n')).toMatch(
      /comparison\.rows\[3]\.container: /,
    );
    expect(await overlay.textContent()).toContain('the last good build');
    // The last good slides are still there beneath.
    expect(await page.textContent('#comparison')).toContain('Uses far fewer resources');

    // A syntax error: the compiler's message, as plain text.
    await save('export const const lecture = {};\n');
    await expect.poll(() => overlay.textContent(), { timeout: 10_000 }).toContain('PARSE_ERROR');
    expect(await overlay.textContent()).not.toContain('\u001b');

    await saveLecture(withCell('Uses fewer resources'));
    await expect.poll(() => overlay.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.textContent('#comparison')).toContain('Uses fewer resources');
    expect(await page.textContent('#comparison')).not.toContain('far fewer');
    expect(await marked()).toBe(true);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('comparison');
  });

  it('shows on the page, with no reload, a changed slide that the build would refuse for not fitting', async () => {
    const { page } = watched;
    const overlay = page.locator('#vmvc-dev-problems');
    await mark();
    const crowded = structuredClone(lecture);
    const slide = crowded.sections[1]?.slides[0];
    if (!slide) throw new Error('the lecture has no second section with a slide');
    slide.bullets = Array.from(
      { length: 12 },
      (_, i) => `Point ${i + 1}: a bullet that the slide has no room left for`,
    );
    await saveLecture(crowded);
    await expect
      .poll(() => overlay.textContent(), { timeout: 60_000 })
      .toMatch(/slide 4 \(virtual-machines, sections\[1]\.slides\[0]\) does not fit its 1280×720 frame/);
    expect(await marked()).toBe(true);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('comparison');

    await saveLecture(lecture);
    await expect.poll(() => overlay.count(), { timeout: 30_000 }).toBe(0);
    expect(await marked()).toBe(true);
  });

  it('reloads onto the same slide when a save adds a slide before it', async () => {
    const { page } = watched;
    await mark();
    const before = await page.evaluate(() => window.Reveal.getIndices());
    const added = structuredClone(lecture);
    const section = added.sections[2];
    const slide = section?.slides[0];
    if (!(section && slide)) throw new Error('the lecture has no third section with a slide');
    section.slides.push({ ...slide, id: 'containers-again' });
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await saveLecture(added);
    await reloaded;
    await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
    expect(await marked()).toBe(false);
    expect(await page.locator('#containers-again').count()).toBe(1);
    expect(await page.evaluate(() => window.Reveal.getCurrentSlide().id)).toBe('comparison');
    // One slide more before it: the same slide at the next index, on the same step.
    expect(await page.evaluate(() => window.Reveal.getIndices())).toEqual({ ...before, h: before.h + 1 });
  });

  it('logged no error', () => {
    expect(watched.errors).toEqual([]);
  });
});
