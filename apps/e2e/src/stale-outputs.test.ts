// Nothing stale is handed out: a lecturer edits the lecture between commands that each make part of what they
// hand out (edit → `npm run pptx` → edit → `npm run slides:pdf` → edit → `npm run build`), then undoes the last
// edit so that turbo replays the build from its cache. After each step every file on disk is read: the words it
// holds and the stamp it carries are the current lecture's, or `npm run outputs` lists it as STALE with the
// command that remakes it. No step puts back an older file.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, pptxFileText } from './outputs.ts';
import { copyEnv, copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);
const terms = 'packages/content/src/data/terms.ts';
const original =
  'The kernel is the core component of an operating system that manages system resources and facilitates communication between hardware and software.';
const deckSet = ['apps/deck/dist/index.html', 'apps/deck/dist/slides.pdf', 'apps/deck/dist/lecture.pptx'];
const handouts = ['apps/handouts/dist/handout-a4.pdf', 'apps/handouts/dist/notes-a4.pdf'];

let repo: RepoCopy;

/** Gives the kernel's definition `words`, and returns the content stamp the lecture then has. */
function define(words: string): void {
  const path = join(repo.root, terms);
  const source = readFileSync(path, 'utf8');
  const current = /(The kernel is [^']*)'/.exec(source)?.[1];
  if (!current) throw new Error(`${terms}: the kernel's definition is not where the test expects it`);
  writeFileSync(path, source.replace(current, words));
}

const npm = (...args: string[]) =>
  exec('npm', ['run', ...args], { cwd: repo.root, env: copyEnv, maxBuffer: 64 * 1024 * 1024 });

/** What `npm run outputs` says of each file: its stamp, and the command that remakes it when STALE. */
async function outputsList(): Promise<{ stamp: string; files: Record<string, string> }> {
  const { stdout } = await npm('outputs');
  const lines = stdout.trim().split('\n');
  const heading = lines.findIndex((line) => line.startsWith('outputs (content '));
  const stamp = /^outputs \(content (.+?)\):/.exec(lines[heading] ?? '')?.[1] ?? '';
  const files: Record<string, string> = {};
  for (const line of lines.slice(heading + 1)) {
    const [file = '', ...rest] = line.trim().split(/\s{2,}/);
    files[file] = rest.join('  ');
  }
  return { stamp, files };
}

/** The words of a file, as a reader gets them. */
async function words(file: string): Promise<string> {
  const path = join(repo.root, file);
  if (file.endsWith('.pdf')) return (await pdfText(path)).replace(/\s+/g, ' ');
  if (file.endsWith('.pptx')) return pptxFileText(path);
  return readFileSync(path, 'utf8');
}

beforeAll(async () => {
  repo = copyRepo('vmvc-stale-');
  await npm('build');
}, 600_000);
afterAll(() => repo?.remove());

describe('outputs after edits between commands', () => {
  it('after `npm run pptx`: the deck set says the new words with the new stamp; the handouts are listed STALE', async () => {
    define('The kernel is the part of the system that edit one wrote.');
    await npm('pptx');
    const { stamp, files } = await outputsList();
    for (const file of deckSet) {
      expect(await words(file), file).toContain('edit one wrote');
      expect(files[file], file).toMatch(new RegExp(`${stamp}$`));
    }
    for (const file of handouts) {
      expect(await words(file), file).toContain(original.slice(0, 60));
      expect(files[file], file).toMatch(/STALE: npm run build$/);
    }
  }, 600_000);

  it('after `npm run slides:pdf`: the same, for the next edit', async () => {
    define('The kernel is the part of the system that edit two wrote.');
    await npm('slides:pdf');
    const { stamp, files } = await outputsList();
    for (const file of deckSet) {
      expect(await words(file), file).toContain('edit two wrote');
      expect(await words(file), file).not.toContain('edit one wrote');
      expect(files[file], file).toMatch(new RegExp(`${stamp}$`));
    }
    for (const file of handouts) expect(files[file], file).toMatch(/STALE: npm run build$/);
  }, 600_000);

  it('after `npm run build`: every file of the default set is current', async () => {
    define('The kernel is the part of the system that edit three wrote.');
    const { stdout } = await npm('build');
    expect(stdout).toMatch(/outputs \(content .+\): 6 files, all current/);
    for (const file of [...deckSet, ...handouts])
      expect(await words(file), file).toContain('edit three wrote');
  }, 600_000);

  it('after undoing the edit, the build replayed from the cache is the lecture as it is again, all current', async () => {
    define('The kernel is the part of the system that edit two wrote.');
    const { stdout } = await npm('build');
    expect(stdout).toMatch(/outputs \(content .+\): 6 files, all current/);
    for (const file of [...deckSet, ...handouts]) {
      expect(await words(file), file).toContain('edit two wrote');
      expect(await words(file), file).not.toContain('edit three wrote');
    }
  }, 600_000);
});
