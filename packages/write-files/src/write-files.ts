// Writes a set of output files all or none. Each file is written in full to a private folder beside its
// target (made by mkdtemp: a random name, created exclusively, mode 0700, so nobody can plant a symbolic
// link where the data goes), synced, then renamed into place; a file it replaces is first copied into that
// folder, so that if a later rename of the set fails, every file already replaced is put back. (A copy, not
// a hard link: a link changes the old file's inode, and a watcher such as the handouts' dev process takes
// that for the new file arriving before it has.)
// A kill between two renames cannot be caught, so before the first rename a journal of the whole set is
// synced into every staging folder, and each write first restores what a stopped writer left in the
// folders it is about to touch (recover-interrupted-writes.ts).
// A target that is a symbolic link, anything but a regular file, or read-only is refused before anything is
// written; a file that is replaced keeps its mode.
import { dirname, join, resolve } from 'node:path';
import { fileErrorReason } from './file-error.ts';
import { type FileSystem, nodeFileSystem } from './file-system.ts';
import { makeDirectory } from './make-directory.ts';
import { type Recovery, recoverInterruptedWrites, recoveryMessage } from './recover-interrupted-writes.ts';
import { type InputFile, refuseInputs } from './refuse-inputs.ts';
import { ownerPrefix } from './stage-owner.ts';
import { WriteError } from './write-error.ts';
import {
  backupPath,
  journalName,
  journalText,
  rollingBackName,
  stagedPath,
  writeSynced,
} from './write-journal.ts';

export { WriteError };

export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

interface Planned {
  target: string;
  data: string | Uint8Array;
  /** The mode of the file it replaces (kept), or null for a new file. */
  mode: number | null;
  stage: string;
  /** Index of `stage` in the set's list of staging folders, for the journal. */
  stageIndex: number;
  staged: string;
  /** A copy of the replaced file, to put it back; null for a new file. */
  backup: string | null;
  committed: boolean;
}

const kinds: [keyof import('node:fs').Stats, string][] = [
  ['isDirectory', 'a folder'],
  ['isCharacterDevice', 'a device'],
  ['isBlockDevice', 'a device'],
  ['isFIFO', 'a named pipe'],
  ['isSocket', 'a socket'],
];

/** The mode of the regular file at `target`, null if there is none; refuses anything else. */
async function existingMode(target: string, fsys: FileSystem): Promise<number | null> {
  let stats: import('node:fs').Stats;
  try {
    stats = await fsys.lstat(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new WriteError(target, `cannot write: ${fileErrorReason(error, 'write')}`);
  }
  if (stats.isSymbolicLink()) {
    throw new WriteError(
      target,
      'is a symbolic link: refusing to write through it; expected a regular file or a new name (give the path it points to, to write there)',
    );
  }
  if (!stats.isFile()) {
    const kind = kinds.find(([test]) => (stats[test] as () => boolean).call(stats))?.[1] ?? 'not a file';
    throw new WriteError(target, `is ${kind}: expected a regular file or a new name`);
  }
  // Root may write anything: a file nobody may write is someone's "keep this", refused rather than replaced.
  if ((stats.mode & 0o222) === 0) {
    throw new WriteError(
      target,
      'is read-only: expected a file that may be written (make it writable to replace it)',
    );
  }
  return stats.mode & 0o7777;
}

async function stageFile(file: Planned, index: number, fsys: FileSystem): Promise<void> {
  // 'wx': created here, exclusively: the folder is ours alone, and this makes sure of it.
  const handle = await fsys.open(file.staged, 'wx', file.mode ?? 0o666);
  try {
    await handle.writeFile(file.data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // open() applied the umask; a replaced file keeps exactly the mode it had.
  if (file.mode !== null) await fsys.chmod(file.staged, file.mode);
  if (file.mode !== null) {
    file.backup = backupPath(file.stage, index);
    await fsys.copyFile(file.target, file.backup);
  }
}

/** Puts back what the committed files replaced, newest first; best effort, as the set failed already. */
async function rollBack(files: readonly Planned[], fsys: FileSystem): Promise<void> {
  for (const file of [...files].reverse()) {
    if (!file.committed) continue;
    try {
      if (file.backup) await fsys.rename(file.backup, file.target);
      else await fsys.unlink(file.target);
    } catch {
      // Nothing more can be done for this one; the error that broke the set is the one reported.
    }
  }
}

export interface WriteOptions {
  /** The calls it makes: a test's, with a fault injected. */
  fileSystem?: FileSystem;
  /** The files the command read: an output that is one of them is refused before anything is written. */
  inputs?: readonly InputFile[];
  /** What the refusal of an input asks for instead (`another --out`). */
  insteadOfInput?: string;
  /** Told of each set a stopped writer left and this write restored first; by default a line on stderr. */
  onRecovery?: (recovery: Recovery) => void;
}

const printRecovery = (recovery: Recovery) => process.stderr.write(`${recoveryMessage(recovery)}\n`);

async function writeJournal(planned: readonly Planned[], stages: readonly string[], fsys: FileSystem) {
  const text = journalText({
    stages: [...stages],
    files: planned.map((file) => ({
      target: file.target,
      stage: file.stageIndex,
      staged: file.staged,
      backup: file.backup,
    })),
  });
  // The first folder's journal is what makes the set count as complete, so it is written last.
  for (const stage of [...stages.slice(1), stages[0] as string])
    await writeSynced(stage, journalName, text, fsys);
}

/**
 * Writes every file or, if any cannot be written, none: the files that were there stay as they were, and
 * no temporary file is left. Throws a WriteError naming the file and what was expected.
 */
export async function writeFiles(files: readonly OutputFile[], options: WriteOptions = {}): Promise<void> {
  // An empty set is done: there is no folder to journal in (a course with no outputs yet lists nothing).
  if (files.length === 0) return;
  const fsys = options.fileSystem ?? nodeFileSystem;
  const targets = files.map((f) => resolve(f.path));
  const twice = targets.find((t, i) => targets.indexOf(t) !== i);
  if (twice) throw new WriteError(twice, 'is named twice in one set of outputs: expected each file once');
  await refuseInputs(targets, options.inputs ?? [], fsys, options.insteadOfInput);

  const dirs = [...new Set(targets.map((t) => dirname(t)))];
  for (const dir of dirs) {
    try {
      for (const recovery of await recoverInterruptedWrites(dir, { fileSystem: fsys }))
        (options.onRecovery ?? printRecovery)(recovery);
    } catch (error) {
      throw new WriteError(
        dir,
        `holds a set of outputs a stopped writer left half-written, and it could not be restored: ${fileErrorReason(error, 'write')}`,
      );
    }
  }
  const modes: (number | null)[] = [];
  for (const target of targets) modes.push(await existingMode(target, fsys));
  for (const dir of dirs) await makeDirectory(dir, fsys);

  const stages = new Map<string, string>();
  const planned: Planned[] = [];
  let journaled = false;
  try {
    for (const [i, target] of targets.entries()) {
      const dir = dirname(target);
      let stage = stages.get(dir);
      if (!stage) {
        try {
          stage = await fsys.mkdtemp(join(dir, ownerPrefix()));
        } catch (error) {
          throw new WriteError(dir, `cannot write here: ${fileErrorReason(error, 'write')}`);
        }
        stages.set(dir, stage);
      }
      const file: Planned = {
        target,
        data: files[i]?.data ?? '',
        mode: modes[i] ?? null,
        stage,
        stageIndex: [...stages.values()].indexOf(stage),
        staged: stagedPath(stage, i, target),
        backup: null,
        committed: false,
      };
      planned.push(file);
      try {
        await stageFile(file, i, fsys);
      } catch (error) {
        throw new WriteError(target, `cannot write: ${fileErrorReason(error, 'write')}`);
      }
    }
    try {
      await writeJournal(planned, [...stages.values()], fsys);
    } catch (error) {
      throw new WriteError(planned[0]?.stage ?? '', `cannot write: ${fileErrorReason(error, 'write')}`);
    }
    journaled = true;
    for (const file of planned) {
      try {
        await fsys.rename(file.staged, file.target);
      } catch (error) {
        throw new WriteError(file.target, `cannot write: ${fileErrorReason(error, 'write')}`);
      }
      file.committed = true;
    }
  } catch (error) {
    // Said before the first file is put back: a kill during the rollback is then finished as a rollback.
    const primary = [...stages.values()][0];
    if (journaled && primary) await writeSynced(primary, rollingBackName, '', fsys).catch(() => {});
    await rollBack(planned, fsys);
    throw error;
  } finally {
    // The first folder holds the journal that counts: removed last.
    const all = [...stages.values()];
    for (const stage of [...all.slice(1), ...all.slice(0, 1)])
      await fsys.rm(stage, { recursive: true, force: true }).catch(() => {});
  }
}
