import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FileSystem, nodeFileSystem } from './file-system.ts';
import { WriteError, writeFiles } from './write-files.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'vmvc-write-files-'));
const read = (path: string) => readFileSync(path, 'utf8');

describe('writeFiles', () => {
  it('takes an empty set as done, as a course with no outputs yet writes one', async () => {
    await expect(writeFiles([])).resolves.toBeUndefined();
  });

  it('writes every file of the set, creating missing folders, and leaves nothing else behind', async () => {
    const dir = scratch();
    await writeFiles([
      { path: join(dir, 'a.txt'), data: 'alpha' },
      { path: join(dir, 'deep', 'er', 'b.pdf'), data: new Uint8Array([37, 80, 68, 70]) },
    ]);
    expect(read(join(dir, 'a.txt'))).toBe('alpha');
    expect(readFileSync(join(dir, 'deep', 'er', 'b.pdf'))).toEqual(Buffer.from('%PDF'));
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'deep']);
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['b.pdf']);
  });

  it('replaces a file in place and keeps its mode', async () => {
    const dir = scratch();
    const path = join(dir, 'quiz.txt');
    writeFileSync(path, 'old', { mode: 0o640 });
    await writeFiles([{ path, data: 'new' }]);
    expect(read(path)).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('never writes through a symbolic link: refuses it, and the file it points to is untouched', async () => {
    const dir = scratch();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const link = join(dir, 'out.txt');
    symlinkSync(victim, link);
    const writing = writeFiles([{ path: link, data: 'overwritten' }]);
    await expect(writing).rejects.toThrow(WriteError);
    await expect(writeFiles([{ path: link, data: 'x' }])).rejects.toThrow(`${link}: is a symbolic link`);
    expect(read(victim)).toBe('precious');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('ignores symbolic links planted at the names temporary files used to have', async () => {
    // The old writers used `<target>.<pid>.tmp`: a link planted there made a root run overwrite its target.
    const dir = scratch();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const target = join(dir, 'handout.pdf');
    for (const name of [`${target}.${process.pid}.tmp`, join(dir, `.handout.pdf.${process.pid}.tmp`)]) {
      symlinkSync(victim, name);
    }
    await writeFiles([{ path: target, data: 'pdf' }]);
    expect(read(target)).toBe('pdf');
    expect(read(victim)).toBe('precious');
  });

  it('refuses a device, a folder or a pipe as a target, before writing anything', async () => {
    const dir = scratch();
    const first = join(dir, 'first.txt');
    mkdirSync(join(dir, 'a-folder'));
    for (const [target, kind] of [
      ['/dev/full', 'is a device'],
      ['/dev/null', 'is a device'],
      [join(dir, 'a-folder'), 'is a folder'],
    ] as const) {
      await expect(
        writeFiles([
          { path: first, data: 'never' },
          { path: target, data: 'x' },
        ]),
      ).rejects.toThrow(`${target}: ${kind}: expected a regular file or a new name`);
    }
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['a-folder']);
  });

  it('refuses a read-only file, even to root, and leaves it as it was', async () => {
    const dir = scratch();
    const path = join(dir, 'kept.bib');
    writeFileSync(path, 'keep me', { mode: 0o444 });
    await expect(writeFiles([{ path, data: 'replaced' }])).rejects.toThrow(`${path}: is read-only`);
    expect(read(path)).toBe('keep me');
  });

  it('refuses a folder it cannot create at once, under /proc, instead of spinning', async () => {
    const started = performance.now();
    await expect(writeFiles([{ path: '/proc/vmvc/x.txt', data: 'x' }])).rejects.toThrow(
      '/proc/vmvc: cannot create this folder',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('writes all or nothing: when the third file fails to land, the first two are put back as they were', async () => {
    const dir = scratch();
    const names = ['handout-a4.pdf', 'summary-a4.pdf', 'notes-a4.pdf'];
    for (const name of names) writeFileSync(join(dir, name), `yesterday's ${name}`);
    // The disk fills up, or the file is immutable, just as the notes are renamed into place.
    const failing: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        if (String(to).endsWith('notes-a4.pdf')) {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        }
        return nodeFileSystem.rename(from, to);
      },
    };
    const set = names.map((name) => ({ path: join(dir, name), data: `today's ${name}` }));
    set.splice(1, 0, { path: join(dir, 'new.txt'), data: 'a file that was not there' });
    await expect(writeFiles(set, { fileSystem: failing })).rejects.toThrow(
      `${join(dir, 'notes-a4.pdf')}: cannot write: the disk is full`,
    );
    for (const name of names) expect(read(join(dir, name))).toBe(`yesterday's ${name}`);
    // The new file of the failed set is gone again, and no temporary file is left.
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
  });

  it('names a file given twice', async () => {
    const dir = scratch();
    const path = join(dir, 'a.txt');
    await expect(
      writeFiles([
        { path, data: '1' },
        { path, data: '2' },
      ]),
    ).rejects.toThrow(`${path}: is named twice in one set of outputs`);
  });
});
