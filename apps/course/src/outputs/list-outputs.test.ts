// The outputs list in a repository's output folders: the default set as `npm run build` left it, then files
// of another lecture beside it, as a lecturer would have them after an edit.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contentStamp, lecture } from '@vmvc/content';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOutputs } from './list-outputs.ts';
import { defaultSet, repositoryRoot } from './output-folders.ts';
import { outputsManifest, outputsReport } from './outputs-report.ts';
import { readStamp } from './read-stamp.ts';

const stamp = contentStamp(lecture).text;
const older = 'v0.0.0 · 0123abcd';
let root: string;

/** A copy of a built file, as it would be had it been made from the lecture stamped `older`. */
function restamped(file: string): Uint8Array {
  const bytes = readFileSync(join(repositoryRoot, file));
  if (file.endsWith('.html')) return strToU8(strFromU8(bytes).replaceAll(stamp, older));
  if (file.endsWith('.pptx')) {
    const files = unzipSync(bytes);
    const core = files['docProps/core.xml'];
    if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(stamp, older));
    return zipSync(files);
  }
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF();
  if (!doc) throw new Error(`${file}: not a PDF`);
  doc.setMetaData('info:Creator', `@vmvc/kit · content ${older}`);
  return doc.saveToBuffer('').asUint8Array().slice(); // out of mupdf's memory, which it reuses
}

const put = (file: string, bytes: Uint8Array) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), bytes);
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'vmvc-outputs-'));
  // The tests run after `npm run build`: its default set is in the repository's output folders.
  for (const file of defaultSet) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    copyFileSync(join(repositoryRoot, file), join(root, file));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the outputs list', () => {
  it('reads the stamp each medium carries: the deck, the PDFs, the PowerPoint', () => {
    for (const file of defaultSet) {
      expect(readStamp(file, readFileSync(join(repositoryRoot, file))), file).toBe(stamp);
    }
    expect(readStamp('apps/deck/dist/lecture.pptx', restamped('apps/deck/dist/lecture.pptx'))).toBe(older);
    expect(readStamp('notes.txt', strToU8(`content ${stamp}`))).toBeNull();
  });

  it('lists the default set as current after a build', () => {
    const listed = listOutputs(root, stamp);
    expect(listed.map((output) => output.file)).toEqual([...defaultSet].sort());
    expect(listed.every((output) => output.current && output.stamp === stamp)).toBe(true);
    expect(outputsReport(listed, stamp)[0]).toBe(`outputs (content ${stamp}): 6 files, all current`);
  });

  it('marks a file made from another lecture STALE, with the command that makes it again', () => {
    put('apps/handouts/dist/summary-letter.pdf', restamped('apps/handouts/dist/summary-a4.pdf'));
    put('apps/deck/dist/lecture.pptx', restamped('apps/deck/dist/lecture.pptx'));
    put('apps/deck/dist/notes.txt', strToU8('not an output of the kit'));
    const listed = listOutputs(root, stamp);
    const stale = listed.filter((output) => !output.current);
    expect(stale.map(({ file, stamp: made, remake }) => ({ file, made, remake }))).toEqual([
      { file: 'apps/deck/dist/lecture.pptx', made: older, remake: 'npm run build' },
      {
        file: 'apps/handouts/dist/summary-letter.pdf',
        made: older,
        remake: 'npm run handouts -- --variant summary --paper letter',
      },
    ]);
    const report = outputsReport(listed, stamp);
    expect(report[0]).toBe(`outputs (content ${stamp}): 7 files, 2 STALE`);
    expect(report.find((line) => line.includes('summary-letter.pdf'))).toMatch(
      /summary \(Letter\) .* v0\.0\.0 · 0123abcd {2}STALE: npm run handouts -- --variant summary --paper letter$/,
    );
    const manifest = JSON.parse(outputsManifest(listed, stamp)) as { content: string; files: unknown[] };
    expect(manifest.content).toBe(stamp);
    expect(manifest.files).toContainEqual({
      file: 'apps/handouts/dist/summary-letter.pdf',
      medium: 'summary (Letter)',
      stamp: older,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bytes: expect.any(Number),
      current: false,
    });
  });
});
