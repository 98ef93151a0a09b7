// The record of what each PDF's bytes were made from: trusted only for those bytes, that lecture and that
// build of the commands.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeIdentity, recordRendered, renderedFrom } from './render-record.ts';

let scratch = '';
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('the render record', () => {
  it('knows bytes rendered from this lecture by this build, and nothing else', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'vmvc-render-record-'));
    const cache = join(scratch, 'cache');
    const pdf = join(scratch, 'handout-a4.pdf');
    const bytes = new TextEncoder().encode('%PDF-1.7 a handout');
    writeFileSync(pdf, bytes);
    const from = { lectureHash: 'lecture-1', code: 'build-1' };
    expect(await renderedFrom([pdf], from, cache)).toBe(false);
    await recordRendered([{ bytes }], from, cache);
    expect(await renderedFrom([pdf], from, cache)).toBe(true);
    expect(await renderedFrom([pdf], { ...from, code: 'build-2' }, cache)).toBe(false);
    expect(await renderedFrom([pdf], { ...from, lectureHash: 'lecture-2' }, cache)).toBe(false);
    expect(await renderedFrom([pdf, join(scratch, 'missing.pdf')], from, cache)).toBe(false);
    writeFileSync(pdf, '%PDF-1.7 a handout, edited');
    expect(await renderedFrom([pdf], from, cache)).toBe(false);
  });

  it('keeps the newest 90 records', async () => {
    scratch = mkdtempSync(join(tmpdir(), 'vmvc-render-record-'));
    const cache = join(scratch, 'cache');
    const from = { lectureHash: 'lecture', code: 'build' };
    for (let i = 0; i < 100; i += 1)
      await recordRendered([{ bytes: new TextEncoder().encode(`pdf ${i}`) }], from, cache);
    expect(readdirSync(cache).filter((n) => n.endsWith('.json'))).toHaveLength(90);
  });

  it('names no build for code that does not run from build/ (the tests run the sources)', async () => {
    expect(await codeIdentity()).toBeNull();
  });
});
