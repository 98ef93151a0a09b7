// Live editing with the root `npm run dev`: a valid save reaches the open deck in place (no reload, the same
// slide and step) and the PDFs; a save that breaks the lecture shows its problems on the page (no reload) and
// in the terminal (path: message), from the deck and from the handouts (which read the lecture's TypeScript
// too), and leaves the last good deck and PDFs as they were; a slide added reloads the page onto the slide it
// was on.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Chromium, launchChromium, type Page } from '@vmvc/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevSession, mtime, startDev, until, watchForText } from './dev-session.ts';
import { pdfText, pptxFileText } from './outputs.ts';
import { copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);
let repo: RepoCopy;
let dev: DevSession;
let browser: Chromium;
/** The deck open in Chromium, on the comparison table, three steps in. */
let page: Page;
let step: { h: number; v: number; f?: number };
let source: string;
let original: string;

const deckHtml = async () => (await fetch(dev.url)).text();

beforeAll(async () => {
  repo = copyRepo('vmvc-live-');
  // turbo builds the content first (dev depends on ^build); the handouts' renderer writes the PDFs at start.
  dev = await startDev(repo.root);
  source = join(repo.root, 'packages/content/src/data/comparison.ts');
  original = readFileSync(source, 'utf8');
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${dev.url}#/comparison`);
  await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  step = (await where()).indices;
}, 600_000);

/** The deck's reveal.js in the page (apps/deck/src/client/main.ts), as much of it as these tests read. */
interface RevealWindow {
  Reveal: { getCurrentSlide(): HTMLElement; getIndices(): { h: number; v: number; f?: number } };
}

/** Where the page is: the current slide's id and the indices (slide and step). */
function where() {
  return page.evaluate(() => {
    const { Reveal } = window as unknown as RevealWindow;
    return { id: Reveal.getCurrentSlide().id, indices: Reveal.getIndices() };
  });
}

afterAll(async () => {
  await browser?.close();
  await dev?.stop();
  repo?.remove();
});

describe('npm run dev', () => {
  it('shows a valid save on the deck and in the rewritten PDFs', async () => {
    const before = dev.pdfs.map(mtime);
    const shown = await watchForText(page, '#comparison', 'Uses far fewer resources', 30_000);
    writeFileSync(source, original.replace("'Uses fewer resources'", "'Uses far fewer resources'"));
    // In the open page, patched in place: no reload, the same slide and the same step.
    expect((await shown()).samePage).toBe(true);
    expect(await where()).toEqual({ id: 'comparison', indices: step });
    expect(step.f).toBe(2);
    await until(async () => (await deckHtml()).includes('Uses far fewer resources'), 30_000, 'the deck');
    await until(() => dev.pdfs.every((pdf, i) => mtime(pdf) > (before[i] ?? 0)), 30_000, 'the PDFs');
    // From the saved TypeScript itself, not from the content's build of it.
    expect(dev.output()).toMatch(/handouts dev: saved data\/comparison\.ts: rendering content /);
    await until(
      () => /handouts dev: 3 PDFs written in \d+\.\d\d s \(saved data\/comparison\.ts\)/.test(dev.output()),
      30_000,
      "the handouts' line",
    );
    for (const pdf of dev.pdfs) expect(await pdfText(pdf), pdf).toContain('Uses far fewer resources');
    // The CommonJS build came along with the ESM one: nothing is left stale after dev.
    const required = await exec(
      process.execPath,
      ['-e', "console.log(JSON.stringify(require('./packages/content/dist/index.cjs').comparison))"],
      { cwd: repo.root },
    );
    expect(required.stdout).toContain('Uses far fewer resources');
  });

  it('keeps the rest of the default set current in the background: the deck file, slides PDF, PowerPoint', async () => {
    const deckFile = join(repo.root, 'apps/deck/dist/index.html');
    const slides = join(repo.root, 'apps/deck/dist/slides.pdf');
    await until(
      () => readFileSync(deckFile, 'utf8').includes('Uses far fewer resources'),
      60_000,
      'index.html',
    );
    await until(
      async () => (await pdfText(slides)).includes('Uses far fewer resources'),
      60_000,
      'slides.pdf',
    );
    expect(await pptxFileText(join(repo.root, 'apps/deck/dist/lecture.pptx'))).toContain(
      'Uses far fewer resources',
    );
    // And says so: the outputs list, printed again once the files settled, has every file current.
    const lastList = () => dev.output().split('outputs (content ').at(-1) ?? '';
    await until(() => /^[^)]+\): 6 files, all current/.test(lastList()), 30_000, 'the list');
  });

  it('prints the problems of an invalid save and keeps the last good deck and PDFs', async () => {
    const before = dev.pdfs.map(mtime);
    const printed = dev.output().length;
    const shown = await watchForText(page, '#vmvc-dev-problems', 'comparison.rows[3].container', 30_000);
    // An empty container side: the comparison-both-sides and readable-text rules reject it.
    writeFileSync(source, original.replace("'Uses fewer resources'", "''"));
    // On the page at once, over the last good slides, without a reload.
    expect((await shown()).samePage).toBe(true);
    expect(await page.textContent('#comparison')).toContain('Uses far fewer resources');
    expect(await where()).toEqual({ id: 'comparison', indices: step });
    await until(
      () => /keeping the last good build/.test(dev.output().slice(printed)),
      30_000,
      'the problems',
    );
    const report = dev.output().slice(printed);
    expect(report).toMatch(/comparison\.rows\[3]\.container: .*expected/);
    // The handouts' renderer read the same save, said why it is not printed, and wrote nothing.
    const handouts =
      /handouts dev: \S*packages\/content\/src\/data\/lecture\.ts: the lecture has \d+ problem\(s\); the PDFs in \S+ are as they were/;
    await until(() => handouts.test(dev.output().slice(printed)), 30_000, "the handouts' report");
    await new Promise((r) => setTimeout(r, 3000)); // time enough for any (wrong) update to land
    expect(dev.pdfs.map(mtime)).toEqual(before);
    const html = await deckHtml();
    expect(html).toContain('Uses far fewer resources');
    // The deck's dev page shows the problems over the last good slides.
    expect(html).toMatch(
      /<div id="vmvc-dev-problems" role="alert"[^>]*>[\s\S]*comparison\.rows\[3]\.container: /,
    );
    expect(await pdfText(dev.pdfs[0] as string)).toContain('Uses far fewer resources');
  });

  it('shows a syntax error on the page as plain text, without the colour codes of the terminal', async () => {
    const problemsFile = join(repo.root, 'packages/content/.dev/problems.json');
    // Absent until a save breaks the lecture (this test alone), then replaced whole on each broken save.
    const report = (): { reason: string; problems: string[] } | undefined => {
      try {
        return JSON.parse(readFileSync(problemsFile, 'utf8'));
      } catch {
        return undefined;
      }
    };
    writeFileSync(source, original.replace('export const comparison', 'export const const comparison'));
    await until(
      () => report()?.reason === 'saved data/comparison.ts: the build failed',
      30_000,
      'the report of the build error',
    );
    const problems = report()?.problems.join('\n');
    expect(problems).toMatch(/\[PARSE_ERROR] Error: .*\n[\s\S]*src\/data\/comparison\.ts:7:/);
    expect(problems).not.toContain('\u001b');
    await until(async () => (await deckHtml()).includes('[PARSE_ERROR]'), 30_000, 'the overlay');
    expect(await deckHtml()).not.toContain('\u001b');
  });

  it('recovers on the next valid save', async () => {
    const before = dev.pdfs.map(mtime);
    const shown = await watchForText(page, '#comparison', 'Uses fewer resources', 30_000);
    writeFileSync(source, original);
    expect((await shown()).samePage).toBe(true);
    await until(
      () => page.evaluate(() => !document.getElementById('vmvc-dev-problems')),
      10_000,
      'the overlay gone from the page',
    );
    expect(await where()).toEqual({ id: 'comparison', indices: step });
    await until(async () => (await deckHtml()).includes('Uses fewer resources'), 30_000, 'the deck');
    await until(() => dev.pdfs.every((pdf, i) => mtime(pdf) > (before[i] ?? 0)), 30_000, 'the PDFs');
    expect(await pdfText(dev.pdfs[0] as string)).not.toContain('Uses far fewer resources');
    expect(await deckHtml()).not.toContain('vmvc-dev-problems');
  });

  it('reloads the page onto the same slide when a save adds a slide before it', async () => {
    const sections = join(repo.root, 'packages/content/src/data/sections.ts');
    const written = readFileSync(sections, 'utf8');
    await page.evaluate(() => Object.assign(window, { vmvcBeforeSave: true }));
    const reloaded = page.waitForEvent('load', { timeout: 30_000 });
    writeFileSync(
      sections,
      `${written}\n// A slide added (live-editing.test.ts).\nconst [again] = sections[2]?.slides ?? [];\nif (again) sections[2]?.slides.push({ ...again, id: 'containers-again' });\n`,
    );
    try {
      await reloaded;
      await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
      expect(await page.evaluate(() => 'vmvcBeforeSave' in window)).toBe(false);
      expect(await page.locator('#containers-again').count()).toBe(1);
      expect(await where()).toEqual({ id: 'comparison', indices: { ...step, h: step.h + 1 } });
    } finally {
      writeFileSync(sections, written);
    }
    await until(async () => !(await deckHtml()).includes('containers-again'), 30_000, 'the slide gone again');
    // The default set follows in the background: with the slide, then without it again (the next test compares
    // dist/ with what it holds when it starts).
    const deckFile = join(repo.root, 'apps/deck/dist/index.html');
    await until(
      () => readFileSync(deckFile, 'utf8').includes('containers-again'),
      90_000,
      'index.html with it',
    );
    await until(
      () => !readFileSync(deckFile, 'utf8').includes('containers-again'),
      90_000,
      'index.html without it',
    );
  });

  it('shows on the page what the build would refuse: a slide that does not fit, and keeps the last good set', async () => {
    const sections = join(repo.root, 'packages/content/src/data/sections.ts');
    const written = readFileSync(sections, 'utf8');
    const deckFile = join(repo.root, 'apps/deck/dist/index.html');
    const lastGood = readFileSync(deckFile);
    const crowded = Array.from(
      { length: 12 },
      (_, i) => `          'Point ${i + 1}: a bullet that the slide has no room left for',`,
    );
    // In the open page first: the changed slide is checked in the dev server's own Chromium, no reload.
    const shown = await watchForText(page, '#vmvc-dev-problems', 'virtual-machines', 60_000);
    writeFileSync(
      sections,
      written.replace(
        "          'Virtualization plays a crucial role in modern IT infrastructure',",
        crowded.join('\n'),
      ),
    );
    try {
      expect((await shown()).samePage).toBe(true);
      expect(await page.textContent('#vmvc-dev-problems')).toMatch(
        /the build's checks: [\s\S]*slide 4 \(virtual-machines, sections\[1]\.slides\[0]\) does not fit its 1280×720 frame/,
      );
      // Then the default set's own build refuses it too, and says that dist/ keeps the last good set.
      await until(
        async () => (await deckHtml()).includes('apps/deck/dist keeps the last good deck'),
        90_000,
        "the default set's checks on the page",
      );
      expect(await deckHtml()).toMatch(/the build(?:'|&#39;|&#x27;)s checks: [\s\S]*virtual-machines/);
      expect(readFileSync(deckFile).equals(lastGood)).toBe(true);
    } finally {
      writeFileSync(sections, written);
    }
    await until(async () => !(await deckHtml()).includes('vmvc-dev-problems'), 90_000, 'the overlay gone');
  });
});
