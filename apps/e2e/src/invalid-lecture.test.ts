// What is built is what was validated: a lecture that breaks a rule builds nothing, every output stays as the
// last valid build left it, and the renderers refuse the old build rather than print it as if it were new.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEnv, copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);

/** Every output of a build, with a hash of its bytes. */
const outputs = [
  'packages/content/dist/index.mjs',
  'packages/content/dist/index.cjs',
  'packages/content/data.json',
  'packages/content/schema.json',
  'apps/deck/dist/index.html',
  'apps/handouts/dist/handout-a4.pdf',
];
let repo: RepoCopy;
let before: Record<string, string>;
let failed: { code?: number; output: string };

const fingerprint = (root: string) =>
  Object.fromEntries(
    outputs.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(root, file)))
        .digest('hex'),
    ]),
  );

beforeAll(async () => {
  repo = copyRepo('vmvc-invalid-');
  await exec('npm', ['run', 'build'], { cwd: repo.root, env: copyEnv, maxBuffer: 64 * 1024 * 1024 });
  before = fingerprint(repo.root);
  // A reference whose URL would run script from a link in the PDF and the deck.
  const references = join(repo.root, 'packages/content/src/data/references.ts');
  const source = readFileSync(references, 'utf8');
  const url = /URL: '(https:[^']+)'/.exec(source)?.[1];
  if (!url) throw new Error('references.ts names no https URL to break');
  writeFileSync(references, source.replace(url, 'javascript:alert(1)'));
  failed = await exec('npm', ['run', 'build'], {
    cwd: repo.root,
    env: copyEnv,
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    () => ({ code: 0, output: '' }),
    // turbo passes a task's output on to its own stdout.
    (error: { code?: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: `${error.stdout}\n${error.stderr}`,
    }),
  );
}, 600_000);

afterAll(() => repo?.remove());

describe('a lecture with a problem', () => {
  it('fails the build, naming the path in the data and what was expected', () => {
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/references\[\d\]\.URL: .*https/);
    expect(failed.output).toContain('nothing was built');
  });

  it('leaves every output of the last valid build as it was, and no stage behind', () => {
    expect(fingerprint(repo.root)).toEqual(before);
    expect(existsSync(join(repo.root, 'packages/content/.stage'))).toBe(false);
    expect(readFileSync(join(repo.root, 'packages/content/dist/index.mjs'), 'utf8')).not.toContain(
      'javascript:',
    );
  });

  it('stops a renderer’s command at the same problem instead of printing the old build as current', async () => {
    // `npm run handouts` builds the content first, as every command does: the build refuses the lecture.
    const handouts = await exec('npm', ['run', 'handouts', '--', '--out', 'print'], {
      cwd: repo.root,
      env: copyEnv,
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(handouts).toMatchObject({ code: 1 });
    const said = `${(handouts as { stdout: string }).stdout}${(handouts as { stderr: string }).stderr}`;
    expect(said).toMatch(/references\[\d\]\.URL: .*https/);
    expect(said.trimEnd().split('\n').at(-1)).toMatch(/^ {2}references\[\d\]\.URL: /);
    expect(existsSync(join(repo.root, 'print'))).toBe(false);
    expect(fingerprint(repo.root)).toEqual(before);
  });
});
