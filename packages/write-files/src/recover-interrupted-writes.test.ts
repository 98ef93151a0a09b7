// A writer killed (SIGKILL, in a child process) between two renames, during its rollback and while staging:
// the next write finds what it left, restores the set and removes the staging folders.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Recovery, recoverInterruptedWrites, recoveryMessage } from './recover-interrupted-writes.ts';
import { ownerPrefix, stageOwner } from './stage-owner.ts';
import { writeFiles } from './write-files.ts';
import { journalName, journalText } from './write-journal.ts';

const writer = fileURLToPath(new URL('./write-files.ts', import.meta.url));
const scratch = () => mkdtempSync(join(tmpdir(), 'vmvc-crash-'));
const read = (path: string) => readFileSync(path, 'utf8');
const stagingFolders = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.vmvc-write-'));

/**
 * Runs writeFiles in a child process whose file system kills the process (SIGKILL: nothing runs after it) at
 * the `at`-th call of `call` (an `open` counts only when it creates a staged file); `failRename` makes that
 * rename fail with a full disk instead, to start a rollback. Resolves with the signal that ended the child.
 */
function killedWriter(
  files: { path: string; data: string }[],
  kill: { call: 'rename' | 'open'; at: number; failRename?: number },
): Promise<NodeJS.Signals | null> {
  const script = `
    import * as fs from 'node:fs/promises';
    import { writeFiles } from ${JSON.stringify(writer)};
    const kill = ${JSON.stringify(kill)};
    const calls = { rename: 0, open: 0 };
    const fileSystem = {
      ...fs,
      open: (path, flags, mode) => {
        if (flags === 'wx' && !String(path).endsWith('.json') && ++calls.open === kill.at && kill.call === 'open')
          process.kill(process.pid, 'SIGKILL');
        return fs.open(path, flags, mode);
      },
      rename: async (from, to) => {
        const n = ++calls.rename;
        if (n === kill.failRename) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        if (kill.call === 'rename' && n === kill.at) process.kill(process.pid, 'SIGKILL');
        return fs.rename(from, to);
      },
    };
    await writeFiles(${JSON.stringify(files)}, { fileSystem }).catch(() => {});
    process.exit(0);
  `;
  const dir = scratch();
  writeFileSync(join(dir, 'writer.ts'), script);
  const child = spawn(process.execPath, ['--import', 'jiti/register', join(dir, 'writer.ts')], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((done) => child.on('exit', (_code, signal) => done(signal)));
}

/** The A4 handouts in one folder and the notes in another, as yesterday's build left them. */
function yesterdaysSet() {
  const dir = scratch();
  for (const folder of ['a4', 'notes']) mkdirSync(join(dir, folder));
  const paths = [
    join(dir, 'a4/handout-a4.pdf'),
    join(dir, 'notes/notes-a4.pdf'),
    join(dir, 'a4/summary-a4.pdf'),
  ];
  for (const path of paths) writeFileSync(path, 'old');
  const today = [...paths, join(dir, 'a4/new-figure.svg')].map((path) => ({ path, data: 'new' }));
  return { dir, paths, today, newFile: join(dir, 'a4/new-figure.svg') };
}

describe('a set of outputs killed part-way', () => {
  it('is completed by the next write into any of its folders, when the kill came between two renames', async () => {
    const { dir, paths, today, newFile } = yesterdaysSet();
    expect(await killedWriter(today, { call: 'rename', at: 2 })).toBe('SIGKILL');
    // Half-switched: the A4 handout new, the notes and the summary old, two staging folders left.
    expect(paths.map(read)).toEqual(['new', 'old', 'old']);
    expect(stagingFolders(join(dir, 'a4'))).toHaveLength(1);
    expect(stagingFolders(join(dir, 'notes'))).toHaveLength(1);

    // A listing only reports it, and changes nothing.
    const listed = await recoverInterruptedWrites(join(dir, 'notes'), { repair: false });
    expect(listed).toMatchObject([{ action: 'completed', done: false }]);
    expect(paths.map(read)).toEqual(['new', 'old', 'old']);

    // The next write touches only the notes folder, and restores the whole set across both folders first.
    const recoveries: Recovery[] = [];
    await writeFiles([{ path: join(dir, 'notes/outputs.json'), data: '{}' }], {
      onRecovery: (r) => recoveries.push(r),
    });
    expect(recoveries).toMatchObject([
      { action: 'completed', done: true, why: expect.stringContaining('written and synced') },
    ]);
    expect(recoveries[0]?.targets).toEqual(today.map((f) => f.path));
    expect(recoveryMessage(recoveries[0] as Recovery)).toMatch(
      new RegExp(
        `^${join(dir, 'notes')}: process \\d+ was stopped while writing a set of outputs \\(\\.\\./a4/handout-a4\\.pdf, notes-a4\\.pdf, \\.\\./a4/summary-a4\\.pdf, \\.\\./a4/new-figure\\.svg\\): completed it: every file of the set had been written and synced before the first rename$`,
      ),
    );
    expect([...paths, newFile].map(read)).toEqual(['new', 'new', 'new', 'new']);
    expect(stagingFolders(join(dir, 'a4'))).toEqual([]);
    expect(readdirSync(join(dir, 'notes')).sort()).toEqual(['notes-a4.pdf', 'outputs.json']);
  }, 30_000);

  it('is rolled back when the writer was killed while putting the old files back after a failed rename', async () => {
    const { dir, paths, today, newFile } = yesterdaysSet();
    // Rename 3 (notes) fails with a full disk; the rollback's first rename (rename 4) is killed.
    const signal = await killedWriter(
      [today[3], today[0], today[1], today[2]].filter((f) => f !== undefined),
      { call: 'rename', at: 4, failRename: 3 },
    );
    expect(signal).toBe('SIGKILL');
    expect([newFile, ...paths].map(read)).toEqual(['new', 'new', 'old', 'old']);
    const recoveries: Recovery[] = [];
    await writeFiles([{ path: join(dir, 'a4/other.txt'), data: 'x' }], {
      onRecovery: (r) => recoveries.push(r),
    });
    expect(recoveries).toMatchObject([{ action: 'rolled back' }]);
    expect(paths.map(read)).toEqual(['old', 'old', 'old']);
    expect(readdirSync(join(dir, 'a4')).sort()).toEqual(['handout-a4.pdf', 'other.txt', 'summary-a4.pdf']);
    expect(stagingFolders(join(dir, 'notes'))).toEqual([]);
  }, 30_000);

  it('leaves the old set whole and only removes the staging folder, when the kill came while staging', async () => {
    const { dir, paths, today } = yesterdaysSet();
    expect(await killedWriter(today, { call: 'open', at: 3 })).toBe('SIGKILL');
    expect(paths.map(read)).toEqual(['old', 'old', 'old']);
    expect(stagingFolders(join(dir, 'a4'))).toHaveLength(1);
    const recoveries: Recovery[] = [];
    await writeFiles([{ path: join(dir, 'a4/outputs.json'), data: '{}' }], {
      onRecovery: (r) => recoveries.push(r),
    });
    await writeFiles([{ path: join(dir, 'notes/outputs.json'), data: '{}' }], {
      onRecovery: (r) => recoveries.push(r),
    });
    expect(recoveries.map((r) => r.action)).toEqual(['removed', 'removed']);
    expect(paths.map(read)).toEqual(['old', 'old', 'old']);
    expect([...stagingFolders(join(dir, 'a4')), ...stagingFolders(join(dir, 'notes'))]).toEqual([]);
  }, 30_000);
});

describe('what recovery leaves alone', () => {
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

  it('never takes the staging folder of a writer still running for stale', async () => {
    const dir = scratch();
    const live = mkdtempSync(join(dir, ownerPrefix()));
    writeFileSync(join(live, '0.handout.pdf'), 'half-written by a live build');
    await writeFiles([{ path: join(dir, 'outputs.json'), data: '{}' }], { onRecovery: () => {} });
    expect(read(join(live, '0.handout.pdf'))).toBe('half-written by a live build');
    expect(stageOwner(live.split('/').pop() as string)?.pid).toBe(process.pid);
  });

  it('leaves a folder of our name that is not ours (not 0700), and names that are not ours at all', async () => {
    const dir = scratch();
    const name = ownerPrefix().replace(`.${process.pid}.`, `.${deadPid()}.`);
    const open = mkdtempSync(join(dir, name));
    chmodSync(open, 0o755);
    mkdirSync(join(dir, '.vmvc-write-../'), { recursive: true });
    const recoveries: Recovery[] = [];
    await writeFiles([{ path: join(dir, 'x.txt'), data: 'x' }], { onRecovery: (r) => recoveries.push(r) });
    expect(recoveries).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['.vmvc-write-..', open.split('/').pop(), 'x.txt'].sort());
  });

  it('removes a staging folder an earlier version left (no owner in its name) once it is an hour old', async () => {
    const dir = scratch();
    const old = mkdtempSync(join(dir, '.vmvc-write-'));
    writeFileSync(join(old, '0.handout-a4.pdf'), 'x'.repeat(600 * 1024));
    const fresh = mkdtempSync(join(dir, '.vmvc-write-'));
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    const recoveries: Recovery[] = [];
    await writeFiles([{ path: join(dir, 'x.txt'), data: 'x' }], { onRecovery: (r) => recoveries.push(r) });
    expect(recoveries).toMatchObject([{ action: 'removed', pid: null }]);
    expect(readdirSync(dir).sort()).toEqual([fresh.split('/').pop(), 'x.txt'].sort());
  });

  it('believes no journal that names a file outside its folders: a planted one removes only its own folder', async () => {
    const dir = scratch();
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    mkdirSync(join(dir, 'out'));
    const stage = mkdtempSync(join(dir, 'out', ownerPrefix().replace(`.${process.pid}.`, `.${deadPid()}.`)));
    writeFileSync(join(stage, '0.x'), 'planted');
    // Every path inside the stage, but the target is the victim one folder up.
    writeFileSync(
      join(stage, journalName),
      journalText({
        stages: [stage],
        files: [{ target: victim, stage: 0, staged: join(stage, '0.victim.txt'), backup: null }],
      }),
    );
    const recoveries: Recovery[] = [];
    await writeFiles([{ path: join(dir, 'out', 'a.txt'), data: 'a' }], {
      onRecovery: (r) => recoveries.push(r),
    });
    expect(recoveries).toMatchObject([{ action: 'removed' }]);
    expect(read(victim)).toBe('precious');
    expect(readdirSync(join(dir, 'out'))).toEqual(['a.txt']);
  });
});
