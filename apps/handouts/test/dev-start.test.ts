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

describe('npm run dev after npm run build', () => {
  it('renders nothing at start when the PDFs are what the build wrote from this lecture', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'vmvc-handouts-dev-start-'));
    const out = join(scratch, 'out');
    const dataFile = join(scratch, 'data.json');
    writeFileSync(dataFile, JSON.stringify(lecture));
    build(out);
    const before = names.map((n) => statSync(join(out, n)).mtimeMs);
    const lines = await startDev(dataFile, out);
    expect(lines).toContainEqual(
      expect.stringMatching(/^handouts dev: the PDFs in \S+ are current \(content /),
    );
    expect(lines.some((l) => l.includes('rendering content'))).toBe(false);
    expect(names.map((n) => statSync(join(out, n)).mtimeMs)).toEqual(before);
  }, 120_000);

  it('knows the PDFs by their bytes: copied elsewhere, as turbo puts them back from its cache', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'vmvc-handouts-dev-start-'));
    const dataFile = join(scratch, 'data.json');
    writeFileSync(dataFile, JSON.stringify(lecture));
    build(join(scratch, 'built'));
    cpSync(join(scratch, 'built'), join(scratch, 'restored'), { recursive: true });
    const lines = await startDev(dataFile, join(scratch, 'restored'));
    expect(lines).toContainEqual(
      expect.stringMatching(/^handouts dev: the PDFs in \S+ are current \(content /),
    );
  }, 120_000);

  it('renders at start a PDF that is not the one the build wrote', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'vmvc-handouts-dev-start-'));
    const out = join(scratch, 'out');
    const dataFile = join(scratch, 'data.json');
    writeFileSync(dataFile, JSON.stringify(lecture));
    build(out);
    appendFileSync(join(out, 'notes-a4.pdf'), '\n% touched by hand\n');
    const lines = await startDev(dataFile, out);
    expect(lines).toContainEqual(expect.stringMatching(/^handouts dev: start: rendering content /));
    expect(lines).toContainEqual(expect.stringMatching(/^handouts dev: 3 PDFs written in .* \(start\)$/));
    expect(readFileSync(join(out, 'notes-a4.pdf')).toString('latin1')).not.toContain('touched by hand');
  }, 120_000);

  it('renders at start when the lecture is not the one the PDFs were made from', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'vmvc-handouts-dev-start-'));
    const out = join(scratch, 'out');
    const dataFile = join(scratch, 'data.json');
    build(out);
    const changed = structuredClone(lecture);
    changed.meta.subtitle = `${changed.meta.subtitle}, revised`;
    writeFileSync(dataFile, JSON.stringify(changed));
    const lines = await startDev(dataFile, out);
    expect(lines).toContainEqual(expect.stringMatching(/^handouts dev: 3 PDFs written in .* \(start\)$/));
  }, 120_000);
});
