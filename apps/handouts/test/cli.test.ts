// The handouts command as a person runs it: its output, its exit codes, and what it leaves on disk when
// the arguments are wrong or a render fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryIo, runCommand } from '@vmvc/command';
import { lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { defaultOutDir } from '../src/app-dir.ts';
import { handoutsCommand } from '../src/cli/handouts-command.ts';
import { renderPdf } from '../src/render/render-pdf.ts';
import { crowdedLecture } from './fixtures.ts';

const app = fileURLToPath(new URL('..', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));
const tempDir = () => mkdtempSync(join(tmpdir(), 'vmvc-handouts-test-'));

/** Runs the command as `npm run handouts` does once it is built (`npm test` runs after the build). */
function run(args: string[], cwd = app) {
  const result = spawnSync(process.execPath, [join(app, 'build/handouts.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: cwd },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const captureIo = (cwd: string) => memoryIo(cwd);

const line = /^(\S+\.pdf)\s+(\d+) pages?\s+(\d+\.\d) KB\s+(\d+\.\d\d) s$/;

describe('the handouts command', () => {
  it('writes the three A4 PDFs, one line each (path, pages, size, time), the same bytes as any other run', async () => {
    const out = tempDir();
    const { status, stdout, stderr } = run(['--out', out]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const [i, variant] of (['handout', 'summary', 'notes'] as const).entries()) {
      const match = line.exec(lines[i] ?? '');
      expect(match, lines[i]).not.toBeNull();
      expect(match?.[1]).toBe(join(out, `${variant}-a4.pdf`));
      const bytes = readFileSync(join(out, `${variant}-a4.pdf`));
      expect(Number(match?.[3])).toBeCloseTo(bytes.length / 1024, 1);
      // Another process, another thread layout: the same bytes.
      const here = await renderPdf(lecture, { variant, paper: 'a4' });
      expect(Buffer.compare(bytes, here.bytes), variant).toBe(0);
      expect(Number(match?.[2])).toBe(here.pages);
    }
    expect(readdirSync(out).sort()).toEqual(['handout-a4.pdf', 'notes-a4.pdf', 'summary-a4.pdf']);
  });

  it('writes to apps/handouts/dist without --out, built or not, wherever it is run from', async () => {
    // The built command bundles app-dir.ts into build/, the tests load it from src/: both are one folder down.
    expect(defaultOutDir).toBe(join(app, 'dist/'));
    const elsewhere = tempDir();
    const { status, stdout, stderr } = run(['--variant', 'summary'], elsewhere);
    expect(status, stderr).toBe(0);
    const shown = line.exec(stdout.trim())?.[1];
    expect(shown).toBe(join(app, 'dist/summary-a4.pdf'));
    const here = await renderPdf(lecture, { variant: 'summary', paper: 'a4' });
    expect(Buffer.compare(readFileSync(join(app, 'dist/summary-a4.pdf')), here.bytes)).toBe(0);
  });

  it('runs from the repository root as `npm run handouts -- --variant summary`', () => {
    const out = tempDir();
    const result = spawnSync('npm', ['run', 'handouts', '--', '--variant', 'summary', '--out', out], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    // npm prints its own banner first; the command's line is the last.
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(line);
    expect(readdirSync(out)).toEqual(['summary-a4.pdf']);
  });

  it('exits 2 through the root script for an output it may not write, naming the file in the way', () => {
    const dir = tempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'my notes');
    const result = spawnSync('npm', ['run', 'handouts', '--', '--variant', 'summary', '--out', file], {
      cwd: root,
      encoding: 'utf8',
    });
    // turbo exits 1 for any failed task; the root script passes on the task's own code.
    expect(result.status, result.stderr).toBe(2);
    // turbo prints a task's stderr on its stdout.
    expect(result.stdout.trim().split('\n').at(-1)).toBe(
      `handouts: ${join(file, 'summary-a4.pdf')}: cannot write: ${file} is not a folder`,
    );
    expect(readFileSync(file, 'utf8')).toBe('my notes');
  });

  it.each([
    [['--variant', 'poster'], 'unknown variant "poster": expected one of handout, summary, notes, all'],
    [['--paper', 'a5'], 'unknown paper "a5": expected one of a4, letter, all'],
    [['--colour', 'blue'], "Unknown option '--colour'"],
  ])('exits 2 on %j, names the valid values and writes nothing', (args, message) => {
    const out = join(tempDir(), 'never-made');
    const { status, stdout, stderr } = run([...args, '--out', out]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run handouts --');
    expect(existsSync(out)).toBe(false);
  });

  it('prints its usage with --help', () => {
    const { status, stdout } = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('--variant handout|summary|notes|all');
  });

  it('leaves the previous PDFs as they were when a render fails, and says where the data is wrong', async () => {
    const out = tempDir();
    const previous = ['handout-a4.pdf', 'summary-a4.pdf', 'notes-a4.pdf'];
    for (const name of previous) writeFileSync(join(out, name), `the PDF of yesterday: ${name}`);
    const { lecture: broken, path } = crowdedLecture();
    const io = captureIo(out);
    const code = await runCommand(handoutsCommand(broken), ['--out', out], io);
    expect(code).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.join('\n')).toContain(`notes-a4.pdf: ${path} ("why-isolation"): its title, bullets`);
    expect(io.err.join('\n')).toContain('nothing written');
    for (const name of previous) {
      expect(readFileSync(join(out, name), 'utf8')).toBe(`the PDF of yesterday: ${name}`);
    }
    // No temporary file is left behind either.
    expect(readdirSync(out).sort()).toEqual([...previous].sort());
  });
});
