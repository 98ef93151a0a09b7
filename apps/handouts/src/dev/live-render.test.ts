// The live renderer on the lecture's own TypeScript, as `npm run dev` runs it: a save of one module rewrites
// the three PDFs with the new words, a save that breaks the lecture (or does not run) prints its problems and
// leaves the PDFs as they were, and the newest of two saves wins: the render of the older stops, unwritten.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collapse, readPdf } from '@vmvc/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevProcess, pdfsWritten, startDevProcess } from '../../test/dev-process.ts';

const app = fileURLToPath(new URL('../..', import.meta.url));
// Inside the app, so that the lecture module's own import of @vmvc/content resolves as in packages/content.
const scratch = mkdtempSync(join(app, '.test-live-'));
const sources = join(scratch, 'src');
mkdirSync(sources);
const outDir = join(scratch, 'out');
const cellModule = join(sources, 'cell.ts');
const names = ['handout-a4.pdf', 'summary-a4.pdf', 'notes-a4.pdf'];
const pdf = (name: string) => join(outDir, name);
/** Saves the comparison table's first VM cell, the way an editor saves a module in place. */
const saveCell = (text: string) =>
  writeFileSync(cellModule, `export const cell = ${JSON.stringify(text)};\n`);
const pdfText = async (name: string) => collapse((await readPdf(readFileSync(pdf(name)))).text);
const mtimes = () => names.map((name) => statSync(pdf(name)).mtimeMs);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dev: DevProcess;
let out: string[] = [];
let err: string[] = [];

const written = pdfsWritten;

beforeAll(async () => {
  saveCell('Boots a kernel of its own');
  writeFileSync(
    join(sources, 'lecture.ts'),
    `import { lecture as shipped } from '@vmvc/content';
import { cell } from './cell.ts';
const [first, ...rows] = shipped.comparison.rows;
export const lecture = {
  ...shipped,
  comparison: { ...shipped.comparison, rows: [{ ...first, vm: cell }, ...rows] },
};
`,
  );
  dev = startDevProcess(app, ['--lecture', join(sources, 'lecture.ts'), '--out', outDir]);
  ({ out, err } = dev);
  await dev.waitForLine(out, written);
});

afterAll(async () => {
  if (dev?.child.exitCode === null) dev.child.kill('SIGINT');
  await dev?.exited;
  rmSync(scratch, { recursive: true, force: true });
});

describe('npm run dev on the lecture’s TypeScript', () => {
  it('renders the three PDFs at start from the module, watching its folder', async () => {
    expect(out[0]).toBe(
      `handouts dev: watching ${relative(app, sources)}; PDFs go to ${relative(app, outDir)}`,
    );
    expect(err).toEqual([]);
    expect(await pdfText('handout-a4.pdf')).toContain('Boots a kernel of its own');
  });

  it('rewrites the three PDFs with the new words when one module is saved', async () => {
    const before = mtimes();
    const from = out.length;
    saveCell('Boots a kernel of its own, saved live');
    expect(await dev.waitForLine(out, written, from)).toContain('(saved cell.ts)');
    expect(mtimes().every((t, i) => t > (before[i] ?? 0))).toBe(true);
    for (const name of names) expect(await pdfText(name), name).toContain('saved live');
  });

  it('prints the problems of a save that breaks the lecture and leaves the PDFs as they were', async () => {
    const before = mtimes();
    const from = err.length;
    saveCell('');
    await dev.waitForLine(
      err,
      /lecture\.ts: the lecture has \d+ problem\(s\); the PDFs in .* are as they were$/,
      from,
    );
    await dev.waitForLine(err, /^ {2}comparison\.rows\[0]\.vm: /, from);
    await sleep(500);
    expect(mtimes()).toEqual(before);
    expect(await pdfText('handout-a4.pdf')).toContain('saved live');
  });

  it('says which save does not run (a syntax error) and leaves the PDFs as they were', async () => {
    const before = mtimes();
    const from = err.length;
    writeFileSync(cellModule, 'export const const cell = 1;\n');
    await dev.waitForLine(err, /^handouts dev: saved cell\.ts: .*; the PDFs in .* are as they were$/, from);
    await sleep(500);
    expect(mtimes()).toEqual(before);
  });

  it('writes only the newest of two saves: the render of the older stops and writes nothing', async () => {
    const from = out.length;
    saveCell('Older save');
    await dev.waitForLine(out, /rendering content /, from);
    saveCell('Newest save');
    await dev.waitForLine(out, /^handouts dev: a newer save came: content .* is not written$/, from);
    await dev.waitForLine(out, written, from);
    await sleep(1500);
    expect(out.slice(from).filter((line) => written.test(line))).toHaveLength(1);
    for (const name of names) {
      const text = await pdfText(name);
      expect(text, name).toContain('Newest save');
      expect(text, name).not.toContain('Older save');
    }
  });

  it('stops cleanly on Ctrl-C', async () => {
    dev.child.kill('SIGINT');
    expect(await dev.exited).toBe(130);
  });
});
