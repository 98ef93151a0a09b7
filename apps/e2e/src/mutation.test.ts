// Change the lecture in one place, rebuild through turbo, and both the deck and the handout say the new
// thing and no longer the old one.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckText, handoutText } from './outputs.ts';
import { copyEnv, copyRepo, type RepoCopy } from './repo-copy.ts';

const exec = promisify(execFile);

const edits = [
  {
    file: 'packages/content/src/data/comparison.ts',
    before: 'Uses fewer resources',
    after: 'Needs only a few megabytes per container',
  },
  {
    file: 'packages/content/src/data/terms.ts',
    before:
      'The kernel is the core component of an operating system that manages system resources and facilitates communication between hardware and software.',
    after:
      'The kernel is the privileged heart of an operating system that shares the hardware among all programs.',
  },
];

let repo: RepoCopy;
let deck = '';
let handout = '';

beforeAll(async () => {
  repo = copyRepo('vmvc-mutation-');
  for (const edit of edits) {
    const path = join(repo.root, edit.file);
    const source = readFileSync(path, 'utf8');
    expect(source.split(edit.before)).toHaveLength(2); // exactly one occurrence to change
    writeFileSync(path, source.replace(edit.before, edit.after));
  }
  await exec(join(repo.root, 'node_modules/.bin/turbo'), ['run', 'build'], {
    cwd: repo.root,
    env: copyEnv,
    maxBuffer: 64 * 1024 * 1024,
  });
  [deck, handout] = await Promise.all([deckText(repo.root), handoutText(repo.root)]);
}, 600_000);

afterAll(() => repo?.remove());

describe('one edit to the content, rebuilt through turbo', () => {
  for (const edit of edits) {
    it(`shows "${edit.after.slice(0, 40)}…" in the deck and the handout`, () => {
      expect(deck).toContain(edit.after);
      expect(handout).toContain(edit.after);
    });

    it(`no longer shows "${edit.before.slice(0, 40)}…" anywhere`, () => {
      expect(deck).not.toContain(edit.before);
      expect(handout).not.toContain(edit.before);
    });
  }
});
