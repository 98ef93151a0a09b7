import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

  it("gives the system's own message for anything else", () => {
    const odd = Object.assign(new Error('ELOOP: too many symbolic links'), { code: 'ELOOP' });
    expect(fileErrorReason(odd, 'write')).toBe('ELOOP: too many symbolic links');
  });
});
