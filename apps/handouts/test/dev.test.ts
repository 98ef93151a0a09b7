// `npm run dev` as a lecturer meets it: one long-lived process that renders the three A4 PDFs, renders them
// again when the lecture's data.json changes, coalesces a burst of changes, and keeps the last good PDFs
// when the data is invalid or a render fails. It runs against a copy of data.json in a scratch folder.
import { mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStamp, type Lecture, lecture } from '@vmvc/content';
import { collapse, readPdf } from '@vmvc/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../src/render/render-pdf.ts';
import { type DevProcess, pdfsWritten, startDevProcess } from './dev-process.ts';
import { crowdedLecture, freshLecture } from './fixtures.ts';

const app = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'vmvc-handouts-dev-'));
const dataFile = join(scratch, 'data.json');
const outDir = join(scratch, 'out');
const names = ['handout-a4.pdf', 'summary-a4.pdf', 'notes-a4.pdf'];
const pdf = (name: string) => join(outDir, name);

/** Replaces data.json the way the content's dev process does: a whole new file, renamed into place. */
function writeData(text: string): void {
  writeFileSync(`${dataFile}.tmp`, text);
  renameSync(`${dataFile}.tmp`, dataFile);
}
const json = (l: Lecture) => `${JSON.stringify(l, null, 2)}\n`;

let dev: DevProcess;
let out: string[] = [];
let err: string[] = [];

const written = pdfsWritten;
const renderingOf = (l: Lecture) => `rendering content ${contentStamp(l).text}`;
const snapshot = () =>
  names.map((name) => ({ name, bytes: readFileSync(pdf(name)), mtime: statSync(pdf(name)).mtimeMs }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  writeData(json(lecture));
  dev = startDevProcess(app, ['--data', dataFile, '--out', outDir]);
  ({ out, err } = dev);
  await dev.waitForLine(out, written);
});

afterAll(async () => {
  if (dev.child.exitCode === null) dev.child.kill('SIGINT');
  await dev.exited;
});

describe('npm run dev', () => {
  it('renders the three A4 PDFs at start, one line each as the command prints them, the same bytes', async () => {
    expect(out[0]).toBe(`handouts dev: watching ${dataFile}; PDFs go to ${outDir}`);
    expect(out).toContain(`handouts dev: start: ${renderingOf(lecture)}`);
    const line = /^(\S+\.pdf)\s+(\d+) pages?\s+(\d+\.\d) KB\s+(\d+\.\d\d) s$/;
    const lines = out.filter((l) => line.test(l));
    expect(lines.map((l) => line.exec(l)?.[1])).toEqual(names.map(pdf));
    expect(out.at(-1)).toMatch(written);
    expect(out.at(-1)).toContain('(start)');
    expect(err).toEqual([]);
    // Rendered from data.json in a warm thread: the very bytes the build writes from the same lecture.
    const summary = await renderPdf(lecture, { variant: 'summary', paper: 'a4' });
    expect(Buffer.compare(readFileSync(pdf('summary-a4.pdf')), summary.bytes)).toBe(0);
  });

  it('renders them again with the new text when data.json changes', async () => {
    const changed = freshLecture();
    const row = changed.comparison.rows[0] as Lecture['comparison']['rows'][number];
    const term = changed.terms[0] as Lecture['terms'][number];
    const oldCell = row.vm;
    const oldDefinition = term.definition;
    row.vm = 'Boots a kernel of its own, edited live';
    term.definition = 'The innermost part of an operating system, edited while the dev process ran.';
    const from = out.length;
    writeData(json(changed));
    const done = await dev.waitForLine(out, written, from);
    expect(done).toContain(`(${dataFile} changed)`);
    for (const name of ['handout-a4.pdf', 'summary-a4.pdf']) {
      const text = collapse((await readPdf(readFileSync(pdf(name)))).text);
      expect(text, name).toContain(row.vm);
      expect(text, name).not.toContain(oldCell);
      expect(text, name).toContain(term.definition);
      expect(text, name).not.toContain(oldDefinition);
    }
    expect(collapse((await readPdf(readFileSync(pdf('notes-a4.pdf')))).text)).toContain(row.vm);
  });

  it('renders nothing when data.json is rewritten with the same lecture', async () => {
    const before = snapshot();
    const current = JSON.parse(readFileSync(dataFile, 'utf8')) as Lecture;
    const from = out.length;
    writeData(JSON.stringify(current));
    await dev.waitForLine(out, /changed, but not the lecture: the PDFs are up to date$/, from);
    expect(snapshot()).toEqual(before);
  });

  it('prints the problems of an invalid data.json (path: message) and leaves the PDFs untouched', async () => {
    const before = snapshot();
    const invalid = freshLecture() as unknown as { meta: { title?: string }; terms: { id: unknown }[] };
    delete invalid.meta.title;
    (invalid.terms[0] as { id: unknown }).id = 42;
    const from = err.length;
    writeData(JSON.stringify(invalid));
    await dev.waitForLine(err, /the lecture has 2 problem\(s\); the PDFs in .* are as they were$/, from);
    await dev.waitForLine(err, /^ {2}terms\[0\]\.id: /, from);
    expect(err.slice(from)).toContain('  meta.title: missing: expected string');

    writeData('{ "meta": ');
    await dev.waitForLine(err, /data\.json: not JSON \(.*\); the PDFs in .* are as they were$/, from);
    await sleep(300);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(outDir).sort()).toEqual([...names].sort());
  });

  it('keeps the old PDFs and says where when a render fails', async () => {
    const before = snapshot();
    const { lecture: crowded } = crowdedLecture();
    const from = err.length;
    writeData(json(crowded));
    await dev.waitForLine(
      err,
      /^handouts dev: notes-a4\.pdf: sections\[0\]\.slides\[0\] \("why-isolation"\): .* notes card/,
      from,
    );
    await dev.waitForLine(err, /^handouts dev: nothing written; the PDFs in .* are as they were$/, from);
    expect(snapshot()).toEqual(before);
    expect(readdirSync(outDir).sort()).toEqual([...names].sort());
  });

  it('renders the newest of changes that land during a render, the older render stopped unwritten', async () => {
    const versions = [1, 2, 3].map((n) => {
      const l = freshLecture();
      (l.comparison.rows[0] as Lecture['comparison']['rows'][number]).vm = `Burst version ${n}`;
      return l;
    });
    const [first, second, third] = versions as [Lecture, Lecture, Lecture];
    const from = out.length;
    writeData(json(first));
    await dev.waitForLine(out, new RegExp(renderingOf(first)), from);
    // Two more saves while the first renders: its render stops at the next PDF; one render follows, of the last.
    writeData(json(second));
    writeData(json(third));
    await dev.waitForLine(
      out,
      new RegExp(`a newer save came: content ${contentStamp(first).text} is not written$`),
      from,
    );
    await dev.waitForLine(out, new RegExp(renderingOf(third)), from);
    await dev.waitForLine(
      out,
      written,
      out.findIndex((line, i) => i >= from && line.includes(renderingOf(third))),
    );
    await sleep(1500);
    const renders = out.slice(from).filter((line) => line.includes('rendering content'));
    expect(renders).toHaveLength(2);
    expect(out.slice(from).filter((line) => written.test(line))).toHaveLength(1);
    expect(out.slice(from).some((line) => line.includes(renderingOf(second)))).toBe(false);
    const text = collapse((await readPdf(readFileSync(pdf('handout-a4.pdf')))).text);
    expect(text).toContain('Burst version 3');
  });

  it('sees the second of two saves 10 ms apart, after a burst too (chokidar alone misses it)', async () => {
    const [first, second] = [1, 2].map((n) => {
      const l = freshLecture();
      (l.comparison.rows[0] as Lecture['comparison']['rows'][number]).vm = `Quick save ${n}`;
      return l;
    }) as [Lecture, Lecture];
    await sleep(200);
    const from = out.length;
    writeData(json(first));
    await sleep(10);
    writeData(json(second));
    await dev.waitForLine(out, new RegExp(renderingOf(second)), from);
    await dev.waitForLine(
      out,
      written,
      out.findIndex((line, i) => i >= from && line.includes(renderingOf(second))),
    );
    const text = collapse((await readPdf(readFileSync(pdf('handout-a4.pdf')))).text);
    expect(text).toContain('Quick save 2');
  });

  it('stops cleanly on Ctrl-C, with the exit code a shell gives an interrupted command', async () => {
    dev.child.kill('SIGINT');
    expect(await dev.exited).toBe(130);
    expect(readdirSync(outDir).sort()).toEqual([...names].sort());
  });
});
