// `vmvc export` never replaces the lecture it reads: --out naming the --input file, by any name, exits 2.
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo, runCommand } from '@vmvc/command';
import { lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { vmvc } from './vmvc.ts';

describe('vmvc export --out the input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vmvc-export-input-'));
  const text = JSON.stringify(lecture);
  writeFileSync(join(dir, 'lecture.json'), text);
  linkSync(join(dir, 'lecture.json'), join(dir, 'hard.json'));
  symlinkSync(join(dir, 'lecture.json'), join(dir, 'sym.json'));

  it.each([
    ['lecture.json', 'the same file as lecture.json'],
    ['./lecture.json', 'the same file as lecture.json'],
    ['hard.json', 'the same file as lecture.json, by another name or a hard link'],
    ['sym.json', 'a symbolic link to lecture.json'],
  ])('refuses --out %s, exit 2, and the lecture is as it was', async (out, how) => {
    const io = memoryIo(dir);
    const code = await runCommand(
      vmvc,
      ['export', '--format', 'csv', '--input', 'lecture.json', '--out', out],
      io,
    );
    expect({ code, stderr: io.err }).toEqual({
      code: 2,
      stderr: [
        `${out}: is the input of this command (${how}): refusing to overwrite it; expected another --out`,
      ],
    });
    expect(readFileSync(join(dir, 'lecture.json'), 'utf8')).toBe(text);
  });

  it('still writes another --out', async () => {
    const io = memoryIo(dir);
    const argv = ['export', '--format', 'csv', '--input', 'lecture.json', '--out', 'lecture.csv'];
    expect(await runCommand(vmvc, argv, io)).toBe(0);
    expect(readFileSync(join(dir, 'lecture.csv'), 'utf8')).toContain('id,');
  });
});
