// The caches that make a lecture edit fast (the content's declarations, the deck's font subsets and fit
// check, turbo's task cache) change nothing a reader gets: a build with every cache empty and builds that
// take from them give the same bytes, file for file, for the content package, the deck and the PDFs.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, emptyCaches, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);
let repo: RepoCopy;

/** Every output a reader gets, as `path: sha256`, in a stable order. */
function outputs(): Record<string, string> {
  const found: Record<string, string> = {};
  const add = (file: string) => {
    found[relative(repo.root, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  };
  for (const dir of [
    'packages/content/dist',
    'packages/formats/dist',
    'apps/deck/dist',
    'apps/handouts/dist',
  ]) {
    const files = readdirSync(join(repo.root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) add(file);
  }
  for (const name of ['data.json', 'schema.json']) add(join(repo.root, 'packages/content', name));
  return found;
}

const build = (...args: string[]) =>
  exec(join(repo.root, 'node_modules/.bin/turbo'), ['run', 'build', ...args], {
    cwd: repo.root,
    env: copyEnv,
    maxBuffer: 64 * 1024 * 1024,
  });

let cold: Record<string, string>;

beforeAll(async () => {
  repo = copyRepo('vmvc-cached-build-');
  emptyCaches(repo.root);
  await build();
  cold = outputs();
}, 600_000);

afterAll(() => repo?.remove());

describe('a build from the caches', () => {
  it('builds every output cold', () => {
    const files = Object.keys(cold);
    expect(files).toContain('packages/content/dist/index.d.mts');
    expect(files).toContain('apps/deck/dist/index.html');
    expect(files.filter((f) => f.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
  });

  it('gives the same bytes after an edit and its undoing, every task rebuilt with warm caches', async () => {
    const source = join(repo.root, 'packages/content/src/data/comparison.ts');
    const original = readFileSync(source, 'utf8');
    writeFileSync(source, original.replace("'Uses fewer resources'", "'Uses far fewer resources'"));
    await build();
    expect(outputs()['apps/deck/dist/index.html']).not.toBe(cold['apps/deck/dist/index.html']);
    writeFileSync(source, original);
    await build('--force');
    expect(outputs()).toEqual(cold);
  });

  it('gives the same bytes when turbo replays its cache', async () => {
    for (const dir of [
      'packages/content/dist',
      'packages/formats/dist',
      'apps/deck/dist',
      'apps/handouts/dist',
    ])
      rmSync(join(repo.root, dir), { recursive: true, force: true });
    const { stdout } = await build();
    expect(stdout).toMatch(/FULL TURBO|cache hit/);
    expect(outputs()).toEqual(cold);
  });
});
