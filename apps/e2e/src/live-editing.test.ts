// Live editing with the root `npm run dev`: a valid save reaches the deck and the PDFs; a save that breaks
// the lecture prints its problems (path: message) and leaves the last good deck and PDFs as they were.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevSession, mtime, startDev, until } from './dev-session.ts';
import { pdfText, pptxFileText } from './outputs.ts';
import { copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);
let repo: RepoCopy;
let dev: DevSession;
let source: string;
let original: string;

const deckHtml = async () => (await fetch(dev.url)).text();

beforeAll(async () => {
  repo = copyRepo('vmvc-live-');
  // turbo builds the content first (dev depends on ^build); the handouts' renderer writes the PDFs at start.
  dev = await startDev(repo.root);
  source = join(repo.root, 'packages/content/src/data/comparison.ts');
  original = readFileSync(source, 'utf8');
}, 600_000);

afterAll(async () => {
  await dev?.stop();
  repo?.remove();
});

describe('npm run dev', () => {
  it('shows a valid save on the deck and in the rewritten PDFs', async () => {
    const before = dev.pdfs.map(mtime);
    writeFileSync(source, original.replace("'Uses fewer resources'", "'Uses far fewer resources'"));
    await until(async () => (await deckHtml()).includes('Uses far fewer resources'), 30_000, 'the deck');
    await until(() => dev.pdfs.every((pdf, i) => mtime(pdf) > (before[i] ?? 0)), 30_000, 'the PDFs');
    expect(await pdfText(dev.pdfs[0] as string)).toContain('Uses far fewer resources');
    expect(await pdfText(dev.pdfs[1] as string)).toContain('Uses far fewer resources');
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
    // An empty container side: the comparison-both-sides and readable-text rules reject it.
    writeFileSync(source, original.replace("'Uses fewer resources'", "''"));
    await until(
      () => /keeping the last good build/.test(dev.output().slice(printed)),
      30_000,
      'the problems',
    );
    const report = dev.output().slice(printed);
    expect(report).toMatch(/comparison\.rows\[3]\.container: .*expected/);
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
    writeFileSync(source, original);
    await until(async () => (await deckHtml()).includes('Uses fewer resources'), 30_000, 'the deck');
    await until(() => dev.pdfs.every((pdf, i) => mtime(pdf) > (before[i] ?? 0)), 30_000, 'the PDFs');
    expect(await pdfText(dev.pdfs[0] as string)).not.toContain('Uses far fewer resources');
    expect(await deckHtml()).not.toContain('vmvc-dev-problems');
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
    writeFileSync(
      sections,
      written.replace(
        "          'Virtualization plays a crucial role in modern IT infrastructure',",
        crowded.join('\n'),
      ),
    );
    try {
      await until(
        async () => /the build(?:'|&#39;|&#x27;)s checks: [\s\S]*virtual-machines/.test(await deckHtml()),
        90_000,
        'the fit check on the page',
      );
      expect(await deckHtml()).toContain('apps/deck/dist keeps the last good deck');
      expect(readFileSync(deckFile).equals(lastGood)).toBe(true);
    } finally {
      writeFileSync(sections, written);
    }
    await until(async () => !(await deckHtml()).includes('vmvc-dev-problems'), 90_000, 'the overlay gone');
  });
});
