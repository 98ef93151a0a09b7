// `npm run dev` right after `npm run build`: the PDFs the build wrote are current, and the dev renderer does
// not render them again at its start; a PDF that is not what was written, or a lecture that changed, is.
import { type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { lecture } from '@vmvc/content';
import { afterEach, describe, expect, it } from 'vitest';

const app = fileURLToPath(new URL('..', import.meta.url));
const names = ['handout-a4.pdf', 'summary-a4.pdf', 'notes-a4.pdf'];
let scratch = '';
let child: ChildProcessByStdio<null, Readable, Readable> | undefined;

/** The built command renders into `out`, as `npm run build` does into dist/. */
function build(out: string): void {
  execFileSync(process.execPath, [join(app, 'build/handouts.mjs'), '--out', out], {
    cwd: app,
    stdio: 'ignore',
  });
}

/** Starts the built dev command on `out` and resolves with its output once its first verdict is printed. */
function startDev(dataFile: string, out: string): Promise<string[]> {
  const lines: string[] = [];
  child = spawn(process.execPath, [join(app, 'build/dev.mjs'), '--data', dataFile, '--out', out], {
    cwd: app,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n')));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => lines.push(...chunk.split('\n')));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      if (lines.some((l) => /are current|PDFs written/.test(l))) return resolve(lines);
      if (Date.now() - started > 60_000) return reject(new Error(`no verdict:\n${lines.join('\n')}`));
      setTimeout(look, 25);
    };
    look();
  });
}

afterEach(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.on('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true });
});

/** A scratch folder with the command's PDFs in out/ and a data.json of `data` (the shipped lecture). */
function builtScratch(data = lecture): { out: string; dataFile: string } {
  scratch = mkdtempSync(join(tmpdir(), 'vmvc-handouts-dev-start-'));
  const out = join(scratch, 'out');
  const dataFile = join(scratch, 'data.json');
  writeFileSync(dataFile, JSON.stringify(data));
  build(out);
  return { out, dataFile };
}
const current = /^handouts dev: the PDFs in \S+ are current \(content /;
const renderedAtStart = /^handouts dev: 3 PDFs written in .* \(start\)$/;

describe('npm run dev after npm run build', () => {
  it('renders nothing at start when the PDFs are what the build wrote from this lecture', async () => {
    const { out, dataFile } = builtScratch();
    const before = names.map((n) => statSync(join(out, n)).mtimeMs);
    const lines = await startDev(dataFile, out);
    expect(lines).toContainEqual(expect.stringMatching(current));
    expect(lines.some((l) => l.includes('rendering content'))).toBe(false);
    expect(names.map((n) => statSync(join(out, n)).mtimeMs)).toEqual(before);
  }, 120_000);

  it('knows the PDFs by their bytes: copied elsewhere, as turbo puts them back from its cache', async () => {
    const { out, dataFile } = builtScratch();
    cpSync(out, join(scratch, 'restored'), { recursive: true });
    const lines = await startDev(dataFile, join(scratch, 'restored'));
    expect(lines).toContainEqual(expect.stringMatching(current));
  }, 120_000);

  it('renders at start a PDF that is not the one the build wrote', async () => {
    const { out, dataFile } = builtScratch();
    appendFileSync(join(out, 'notes-a4.pdf'), '\n% touched by hand\n');
    const lines = await startDev(dataFile, out);
    expect(lines).toContainEqual(expect.stringMatching(/^handouts dev: start: rendering content /));
    expect(lines).toContainEqual(expect.stringMatching(renderedAtStart));
    expect(readFileSync(join(out, 'notes-a4.pdf')).toString('latin1')).not.toContain('touched by hand');
  }, 120_000);

  it('renders at start when the lecture is not the one the PDFs were made from', async () => {
    const changed = structuredClone(lecture);
    changed.meta.subtitle = `${changed.meta.subtitle}, revised`;
    const { out, dataFile } = builtScratch(changed);
    const lines = await startDev(dataFile, out);
    expect(lines).toContainEqual(expect.stringMatching(renderedAtStart));
  }, 120_000);
});
