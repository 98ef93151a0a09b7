// The watcher as an editor meets it: a burst of saves is one call, and a file replaced by rename (an atomic
// save) is still watched afterwards.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FileChange, type FileWatcher, watchFiles } from './watch-files.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let dir = '';
let watcher: FileWatcher | undefined;

afterEach(async () => {
  await watcher?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves once `calls` has at least `count` entries, or after `ms`. */
async function until(calls: unknown[], count: number, ms = 5000): Promise<void> {
  const started = Date.now();
  while (calls.length < count && Date.now() - started < ms) await sleep(20);
}

describe('watchFiles', () => {
  it('collects a burst of saves into one call', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vmvc-watch-'));
    const calls: FileChange[][] = [];
    watcher = await watchFiles([dir], (changes) => {
      calls.push(changes);
    });
    for (const name of ['sections.ts', 'terms.ts', 'sections.ts']) writeFileSync(join(dir, name), name);
    await until(calls, 1);
    await sleep(400);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.map((c) => c.path).sort()).toEqual([join(dir, 'sections.ts'), join(dir, 'terms.ts')]);
  });

  it('keeps watching a file that is replaced by rename, save after save', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vmvc-watch-'));
    const file = join(dir, 'data.json');
    writeFileSync(file, '{}');
    const calls: FileChange[][] = [];
    watcher = await watchFiles([file], (changes) => {
      calls.push(changes);
    });
    for (let save = 1; save <= 3; save += 1) {
      writeFileSync(`${file}.tmp`, JSON.stringify({ save }));
      renameSync(`${file}.tmp`, file);
      await until(calls, save);
      await sleep(150);
      expect(calls.length, `save ${save}`).toBeGreaterThanOrEqual(save);
      expect(calls.at(-1)?.map((c) => c.path)).toEqual([file]);
    }
  });

  it('leaves out what `ignored` names', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vmvc-watch-'));
    const calls: FileChange[][] = [];
    watcher = await watchFiles([dir], (changes) => void calls.push(changes), {
      ignored: (path) => path.endsWith('.test.ts'),
    });
    writeFileSync(join(dir, 'a.test.ts'), '');
    await sleep(300);
    expect(calls).toEqual([]);
  });

  it('watches a file it was given by name even where `ignored` leaves out its folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vmvc-watch-'));
    const problems = join(dir, '.dev', 'problems.json');
    const calls: FileChange[][] = [];
    mkdirSync(join(dir, '.dev'));
    watcher = await watchFiles([dir, problems], (changes) => void calls.push(changes), {
      ignored: (path) => path.split('/').at(-1)?.startsWith('.') === true,
    });
    writeFileSync(join(dir, '.dev', 'stage.json'), '{}');
    writeFileSync(problems, '{}');
    await until(calls, 1);
    await sleep(200);
    expect(calls.flat().map((c) => c.path)).toEqual([problems]);
  });
});
