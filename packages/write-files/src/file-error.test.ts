import { lstat, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileErrorReason } from './file-error.ts';

const failure = (run: () => Promise<unknown>) =>
  run().then(
    () => {
      throw new Error('expected the file operation to fail');
    },
    (error: unknown) => error,
  );

describe('fileErrorReason', () => {
  it('says what a person can act on for the usual failures, reading and writing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vmvc-file-error-'));
    expect(fileErrorReason(await failure(() => readFile(join(dir, 'nope.json'))), 'read')).toBe(
      'no such file',
    );
    expect(fileErrorReason(await failure(() => readFile(dir)), 'read')).toBe(
      'it is a folder, expected a file',
    );
    expect(fileErrorReason(await failure(() => writeFile(join(dir, 'no', 'x.bib'), '')), 'write')).toBe(
      'no such directory',
    );
    expect(fileErrorReason(await failure(() => writeFile(dir, '')), 'write')).toBe('it is a folder');
  });

  it('names the file on the way that is not a folder, not the syscall', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vmvc-file-error-'));
    await writeFile(join(dir, 'notes.txt'), '');
    const error = await failure(() => lstat(join(dir, 'notes.txt', 'print', 'handout.pdf')));
    expect((error as Error).message).toMatch(/^ENOTDIR: .*lstat/);
    expect(fileErrorReason(error, 'write')).toBe(`${join(dir, 'notes.txt')} is not a folder`);
    expect(fileErrorReason(await failure(() => readFile(join(dir, 'notes.txt', 'x.json'))), 'read')).toBe(
      `${join(dir, 'notes.txt')} is not a folder`,
    );
  });

  it("gives the system's description for anything else, without its code and call", () => {
    const odd = Object.assign(new Error("EXDEV: cross-device link not permitted, rename '/a' -> '/b'"), {
      code: 'EXDEV',
    });
    expect(fileErrorReason(odd, 'write')).toBe('cross-device link not permitted (EXDEV)');
    const loop = Object.assign(new Error('ELOOP: too many symbolic links'), { code: 'ELOOP' });
    expect(fileErrorReason(loop, 'write')).toBe('too many symbolic links on its path');
  });
});
