// The build graph: a change to the lecture rebuilds the content, the deck and the handouts; a change to a
// README alone rebuilds nothing (every build task is a turbo cache hit). Inside a task that runs, an app's
// commands are compiled only when something that goes into them changed (scripts/build-stamp.mjs).
import { execFile } from 'node:child_process';
import { appendFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);
const env = copyEnv;
const builders = ['@vmvc/content#build', '@vmvc/deck#build', '@vmvc/handouts#build'];

let repo: RepoCopy;

/** What turbo would do for `build` now: each task that has a script, with its cache status. */
async function plannedBuilds(): Promise<Record<string, 'HIT' | 'MISS'>> {
  const { stdout } = await exec(join(repo.root, 'node_modules/.bin/turbo'), ['run', 'build', '--dry=json'], {
    cwd: repo.root,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  const plan = JSON.parse(stdout) as {
    tasks: { taskId: string; command: string; cache: { status: 'HIT' | 'MISS' } }[];
  };
  return Object.fromEntries(
    plan.tasks.filter((t) => t.command !== '<NONEXISTENT>').map((t) => [t.taskId, t.cache.status]),
  );
}

beforeAll(async () => {
  repo = copyRepo('vmvc-graph-');
  await exec(join(repo.root, 'node_modules/.bin/turbo'), ['run', 'build'], {
    cwd: repo.root,
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
}, 600_000);

afterAll(() => repo?.remove());

describe('the build graph', () => {
  it('builds the content, the deck and the handouts, and caches all three', async () => {
    const plan = await plannedBuilds();
    expect(Object.keys(plan).sort()).toEqual(builders);
    expect(Object.values(plan)).toEqual(['HIT', 'HIT', 'HIT']);
  });

  it('rebuilds nothing when only READMEs change', async () => {
    appendFileSync(join(repo.root, 'README.md'), '\nA sentence about the kit.\n');
    appendFileSync(join(repo.root, 'packages/content/README.md'), '\nA sentence about the package.\n');
    expect(Object.values(await plannedBuilds())).toEqual(['HIT', 'HIT', 'HIT']);
  });

  it('rebuilds the content and both renderers when the lecture changes', async () => {
    appendFileSync(join(repo.root, 'packages/content/src/data/terms.ts'), '\n// an edit to the lecture\n');
    expect(await plannedBuilds()).toEqual({
      '@vmvc/content#build': 'MISS',
      '@vmvc/deck#build': 'MISS',
      '@vmvc/handouts#build': 'MISS',
    });
  });

  it('compiles an app’s commands again only when a file that goes into them changed', async () => {
    const deck = join(repo.root, 'apps/deck');
    const compile = () =>
      exec(process.execPath, ['../../scripts/build-commands.mjs'], { cwd: deck, env, maxBuffer: 1 << 24 });
    /** When each built command was last written. */
    const written = () =>
      Object.fromEntries(
        readdirSync(join(deck, 'build'))
          .filter((f) => f.endsWith('.mjs'))
          .map((f) => [f, statSync(join(deck, 'build', f)).mtimeMs]),
      );
    const compiled = async (change: () => void) => {
      const before = written();
      change();
      await compile();
      const after = written();
      return Object.keys(after).some((f) => after[f] !== before[f]);
    };

    expect(await compiled(() => {})).toBe(false);
    // Its own source, a workspace package bundled into it, a config, a lost output: each compiles.
    expect(await compiled(() => appendFileSync(join(deck, 'src/build/csp.ts'), '\n// edited\n'))).toBe(true);
    expect(await compiled(() => {})).toBe(false);
    expect(
      await compiled(() => appendFileSync(join(repo.root, 'packages/design/src/tokens.ts'), '\n// edited\n')),
    ).toBe(true);
    expect(await compiled(() => appendFileSync(join(repo.root, 'tsconfig.base.json'), '\n'))).toBe(true);
    expect(await compiled(() => rmSync(join(deck, 'build/pptx.mjs')))).toBe(true);
    expect(statSync(join(deck, 'build/pptx.mjs')).isFile()).toBe(true);
    expect(await compiled(() => {})).toBe(false);
  }, 120_000);
});
