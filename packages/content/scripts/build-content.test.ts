import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFiles } from '@vmvc/write-files';
import { describe, expect, it } from 'vitest';
import { buildContent } from './build-content.ts';

/** The file system of a full disk: every file opened for writing fails as Linux fails it, ENOSPC. */
const fullDisk: Parameters<typeof writeFiles>[1] = {
  ...fs,
  open: (async (path: string, flags?: string | number, mode?: number) => {
    if (flags !== undefined && flags !== 'r') {
      throw Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), {
        code: 'ENOSPC',
        errno: -28,
        syscall: 'open',
        path,
      });
    }
    return fs.open(path, flags, mode);
  }) as typeof fs.open,
};

async function build(promote: Parameters<typeof buildContent>[0], shownFrom: string) {
  const lines: string[] = [];
  const code = await buildContent(promote, (text) => lines.push(text), shownFrom);
  return { code, stderr: lines.join('') };
}

describe('the content build', () => {
  it('on a full disk: one line naming the file, exit 2, the last build kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmvc-content-build-'));
    writeFileSync(join(dir, 'data.json'), 'the last build');
    const result = await build(async () => {
      await writeFiles(
        [
          { path: join(dir, 'dist', 'index.mjs'), data: 'new' },
          { path: join(dir, 'data.json'), data: 'new' },
        ],
        fullDisk,
      );
      return { ok: true, stamp: 'never' };
    }, dir);
    expect(result).toEqual({
      code: 2,
      stderr:
        'dist/index.mjs: cannot write: the disk is full; nothing was built, the last build is as it was\n',
    });
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe('the last build');
    expect(readdirSync(dir).filter((name) => name.startsWith('.vmvc-write'))).toEqual([]);
  });

  it('a lecture with problems: exit 1, one line each', async () => {
    const result = await build(
      async () => ({ ok: false, problems: ['terms[0].definition: empty text: expected words'] }),
      '/',
    );
    expect(result).toEqual({
      code: 1,
      stderr:
        'packages/content/src/data: the lecture has 1 problem(s); nothing was built:\n  terms[0].definition: empty text: expected words\n',
    });
  });

  it('anything else is not hidden: it is thrown as it was', async () => {
    const bug = new TypeError('a bug');
    await expect(build(async () => Promise.reject(bug), '/')).rejects.toBe(bug);
  });
});
