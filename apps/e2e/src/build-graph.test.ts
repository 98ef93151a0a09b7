// The build graph: a change to the lecture rebuilds the content, the deck and the handouts, but does not
// compile the apps' commands again; a change to a README alone rebuilds nothing (every task is a turbo cache
// hit); a change to an app's code, or to a private package bundled into it, compiles its commands again.
import { execFile } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);
const env = copyEnv;
const builders = [
  '@vmvc/content#build',
  '@vmvc/course#build:commands',
  '@vmvc/deck#build',
  '@vmvc/deck#build:commands',
  '@vmvc/formats#build',
  '@vmvc/handouts#build',
  '@vmvc/handouts#build:commands',
];
const allHits = Object.fromEntries(builders.map((task) => [task, 'HIT']));

let repo: RepoCopy;

/** What turbo would do for `build` now: each task that has a script, with its cache status. */
async function plannedBuilds(): Promise<Record<string, 'HIT' | 'MISS'>> {
  const { stdout } = await exec(join(repo.root, 'node_modules/.bin/turbo'), ['run', 'build', '--dry=json'], {
    cwd: repo.root,
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  const plan = JSON.parse(stdout) as {
    tasks: {
      taskId: string;
      command: string;
      cache: { status: 'HIT' | 'MISS' };
      resolvedTaskDefinition: { cache: boolean };
    }[];
  };
  // The outputs list (@vmvc/course#build) is never cached: it reads what is on disk at the end of every build.
  return Object.fromEntries(
    plan.tasks
      .filter((t) => t.command !== '<NONEXISTENT>' && t.resolvedTaskDefinition.cache)
      .map((t) => [t.taskId, t.cache.status]),
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
  it('builds the content, the formats, the deck and the handouts with their commands, and caches them all', async () => {
    expect(await plannedBuilds()).toEqual(allHits);
  });

  it('rebuilds nothing when only READMEs change', async () => {
    appendFileSync(join(repo.root, 'README.md'), '\nA sentence about the kit.\n');
    appendFileSync(join(repo.root, 'packages/content/README.md'), '\nA sentence about the package.\n');
    expect(await plannedBuilds()).toEqual(allHits);
  });

  it('rebuilds the content and everything made from it when the lecture changes, but no command', async () => {
    appendFileSync(join(repo.root, 'packages/content/src/data/terms.ts'), '\n// an edit to the lecture\n');
    expect(await plannedBuilds()).toEqual({
      ...allHits,
      '@vmvc/content#build': 'MISS',
      '@vmvc/formats#build': 'MISS',
      '@vmvc/deck#build': 'MISS',
      '@vmvc/handouts#build': 'MISS',
    });
  });

  it('compiles an app’s commands again when its code or a package bundled into it changes', async () => {
    const rebuild = () =>
      exec(join(repo.root, 'node_modules/.bin/turbo'), ['run', 'build'], {
        cwd: repo.root,
        env,
        maxBuffer: 1 << 26,
      });
    await rebuild();
    expect(await plannedBuilds()).toEqual(allHits);
    appendFileSync(join(repo.root, 'apps/deck/src/build/csp.ts'), '\n// edited\n');
    expect(await plannedBuilds()).toMatchObject({
      '@vmvc/deck#build:commands': 'MISS',
      '@vmvc/handouts#build:commands': 'HIT',
    });
    await rebuild();
    appendFileSync(join(repo.root, 'packages/design/src/tokens.ts'), '\n// edited\n');
    appendFileSync(join(repo.root, 'packages/command/src/exit-code.ts'), '\n// edited\n');
    expect(await plannedBuilds()).toMatchObject({
      '@vmvc/deck#build:commands': 'MISS',
      '@vmvc/handouts#build:commands': 'MISS',
      '@vmvc/content#build': 'HIT',
    });
  }, 300_000);
});
