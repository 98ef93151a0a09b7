// An output that is the command's own input, by any name, is refused and the input is left as it was.
import { linkSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles } from './write-files.ts';

describe('writeFiles with inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vmvc-inputs-'));
  const lecture = join(dir, 'lecture.json');
  writeFileSync(lecture, '{"meta":{}}');
  linkSync(lecture, join(dir, 'hard-link.json'));
  symlinkSync(lecture, join(dir, 'sym-link.json'));
  const inputs = [{ path: lecture, name: 'lecture.json' }];

  it.each([
    ['the same path', lecture, 'the same file as lecture.json'],
    ['the same path, relative', join(dir, '.', 'lecture.json'), 'the same file as lecture.json'],
    [
      'a hard link',
      join(dir, 'hard-link.json'),
      'the same file as lecture.json, by another name or a hard link',
    ],
    ['a symbolic link', join(dir, 'sym-link.json'), 'a symbolic link to lecture.json'],
  ])('refuses %s, before writing anything of the set', async (_case, out, how) => {
    const other = join(dir, 'other.csv');
    await expect(
      writeFiles(
        [
          { path: other, data: 'a' },
          { path: out, data: 'id,term' },
        ],
        { inputs, insteadOfInput: 'another --out' },
      ),
    ).rejects.toThrow(
      `${out}: is the input of this command (${how}): refusing to overwrite it; expected another --out`,
    );
    expect(readFileSync(lecture, 'utf8')).toBe('{"meta":{}}');
    expect(readdirSync(dir).sort()).toEqual(['hard-link.json', 'lecture.json', 'sym-link.json']);
  });

  it('writes a file that is not an input', async () => {
    await writeFiles([{ path: join(dir, 'lecture.csv'), data: 'id' }], { inputs });
    expect(readFileSync(join(dir, 'lecture.csv'), 'utf8')).toBe('id');
  });
});
