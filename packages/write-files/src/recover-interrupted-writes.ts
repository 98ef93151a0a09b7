// Finds, in a folder about to be written, the sets of outputs a writer left when it was killed, and puts each
// right before anything new is written: a set whose journal was complete (every file written and synced) is
// completed, a set whose writer was putting the old files back is rolled back, and a writer that stopped
// before its journal left the old set whole, so only its staging folder is removed.
// Only folders this writer makes are touched: our name, a real folder (no link), owned by this user, mode
// 0700, and made by a process that is no longer running; the journal names only paths the writer would have
// made (write-journal.ts checks it), and a set spanning folders is believed only if its first folder holds
// the very same journal.
import { basename, join, relative } from 'node:path';
import { type FileSystem, nodeFileSystem } from './file-system.ts';
import { currentOwner, ownerIsAlive, type StageOwner, stageOwner } from './stage-owner.ts';
import { type Journal, journalName, parseJournal, rollingBackName, writeSynced } from './write-journal.ts';

export interface Recovery {
  /** The folder the set was found in. */
  folder: string;
  /** The files of the set (every folder), or the staging folder's own files when there was no journal. */
  targets: string[];
  /** The pid of the writer that was stopped; null for a folder of an earlier version, which did not say. */
  pid: number | null;
  action: 'completed' | 'rolled back' | 'removed';
  /** Why that action, in words. */
  why: string;
  /** False when only reported (`repair: false`). */
  done: boolean;
}

export interface RecoverOptions {
  fileSystem?: FileSystem;
  /** False: only find and report, change nothing (a listing that must not write). */
  repair?: boolean;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** A real folder (not a link), of this user, mode 0700, as mkdtemp makes it; its stats, else null. */
async function privateFolder(path: string, fsys: FileSystem): Promise<import('node:fs').Stats | null> {
  let stats: import('node:fs').Stats;
  try {
    stats = await fsys.lstat(path);
  } catch {
    return null;
  }
  const uid = process.getuid?.();
  if (!stats.isDirectory() || (stats.mode & 0o777) !== 0o700) return null;
  if (uid !== undefined && stats.uid !== uid) return null;
  return stats;
}

/** Whether `path` is a staging folder this writer may act on; the owner its name states, else null. */
async function ownStage(path: string, fsys: FileSystem): Promise<StageOwner | null> {
  const owner = stageOwner(basename(path));
  return owner && (await privateFolder(path, fsys)) ? owner : null;
}

/** The name earlier versions staged in: mkdtemp's 6 characters, no owner, no journal. */
const legacyName = /^\.vmvc-write-[A-Za-z0-9]{6}$/;
/** Far longer than any write of a set takes: a folder of that name older than this has no writer left. */
const legacyAgeMs = 60 * 60 * 1000;

/** A regular file's text (not through a link), or null if it is not there. */
async function readJournalFile(path: string, fsys: FileSystem): Promise<string | null> {
  try {
    const stats = await fsys.lstat(path);
    if (!stats.isFile() || stats.size > 4 * 1024 * 1024) return null;
    return await fsys.readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

const exists = async (path: string, fsys: FileSystem) => {
  try {
    await fsys.lstat(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw error;
  }
};

/** Takes the set for this process, so that two runs started after one crash do not both act on it. */
async function claim(primary: string, fsys: FileSystem): Promise<boolean> {
  const me = currentOwner();
  const path = join(primary, 'recovering');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeSynced(primary, 'recovering', `${me.boot}.${me.pid}.${me.start}`, fsys);
      return true;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const [boot, pid, start] = ((await readJournalFile(path, fsys)) ?? '').split('.');
    if (boot && pid && start && ownerIsAlive({ boot, pid: Number(pid), start })) return false;
    await fsys.unlink(path).catch(() => {});
  }
  return false;
}

/** Completes or rolls back the set of `journal` (first staging folder `primary`, known to be ours). */
async function restoreSet(journal: Journal, fsys: FileSystem): Promise<'completed' | 'rolled back'> {
  const primary = journal.stages[0] as string;
  const present: boolean[] = [];
  for (const stage of journal.stages) present.push((await ownStage(stage, fsys)) !== null);
  // A staging folder already removed belongs to a set whose switch had finished: nothing left to do there.
  const files = journal.files.filter((file) => present[file.stage]);
  let rollingBack = await exists(join(primary, rollingBackName), fsys);
  if (!rollingBack) {
    try {
      for (const file of files) {
        try {
          await fsys.rename(file.staged, file.target);
        } catch (error) {
          // Gone: renamed before the crash (a rename either happened or did not).
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      }
      return 'completed';
    } catch {
      await writeSynced(primary, rollingBackName, '', fsys).catch(() => {});
      rollingBack = true;
    }
  }
  for (const file of [...files].reverse()) {
    if (await exists(file.staged, fsys)) continue; // never switched: the old file is in place
    if (file.backup !== null) {
      await fsys.rename(file.backup, file.target).catch((error) => {
        if (errorCode(error) !== 'ENOENT') throw error; // already put back
      });
    } else {
      await fsys.unlink(file.target).catch((error) => {
        if (errorCode(error) !== 'ENOENT') throw error;
      });
    }
  }
  return 'rolled back';
}

async function removeStages(stages: readonly string[], fsys: FileSystem): Promise<void> {
  // The first folder holds the journal that counts: removed last, so a crash here is finished next time.
  for (const stage of [...stages.slice(1), stages[0] as string]) {
    if (await ownStage(stage, fsys)) await fsys.rm(stage, { recursive: true, force: true });
  }
}

/**
 * Restores every set a stopped writer left in `folder` (absolute) and removes its staging folders; with
 * `repair: false`, only says what it would do. Folders of a writer still running are left alone.
 */
export async function recoverInterruptedWrites(
  folder: string,
  { fileSystem: fsys = nodeFileSystem, repair = true }: RecoverOptions = {},
): Promise<Recovery[]> {
  let names: string[];
  try {
    names = await fsys.readdir(folder);
  } catch {
    return []; // no folder yet, or not one: the write itself says so
  }
  const recoveries: Recovery[] = [];
  for (const name of names.sort()) {
    const stage = join(folder, name);
    if (legacyName.test(name)) {
      const stats = await privateFolder(stage, fsys);
      if (!stats || Date.now() - stats.mtimeMs < legacyAgeMs) continue;
      const why = 'an earlier version of the kit left it with no journal, so only its folder can be removed';
      recoveries.push({ folder, targets: [], pid: null, action: 'removed', why, done: repair });
      if (repair) await fsys.rm(stage, { recursive: true, force: true });
      continue;
    }
    const owner = await ownStage(stage, fsys);
    if (!owner || ownerIsAlive(owner)) continue;
    const found = (action: Recovery['action'], why: string, targets: string[]) =>
      recoveries.push({ folder, targets, pid: owner.pid, action, why, done: repair });
    const text = await readJournalFile(join(stage, journalName), fsys);
    const journal = text === null ? null : parseJournal(text);
    if (journal === null || typeof journal === 'string') {
      // Journals are written only after every file is staged, renames start only after all are, and a
      // journal is removed only once the switch or its rollback is over: either way the files in place
      // are one whole set.
      const staged = (await fsys.readdir(stage)).filter((n) => /^\d+\./.test(n) && !n.endsWith('.previous'));
      found(
        'removed',
        'it has no journal, so its writer had switched no file yet (or had finished): the files in place are one whole set',
        staged.map((n) => join(folder, n.slice(n.indexOf('.') + 1))),
      );
      if (repair) await fsys.rm(stage, { recursive: true, force: true });
      continue;
    }
    const targets = journal.files.map((file) => file.target);
    const primary = journal.stages[0] as string;
    const primaryRead = (await ownStage(primary, fsys))
      ? await readJournalFile(join(primary, journalName), fsys)
      : null;
    // A first journal cut short by the kill counts as none: it is written last, so nothing was renamed.
    const primaryText =
      primaryRead !== null && typeof parseJournal(primaryRead) !== 'string' ? primaryRead : null;
    // Another set's journal, or one copied here: not this folder's set, so not acted on.
    if (!journal.stages.includes(stage) || (primaryText !== null && primaryText !== text)) continue;
    if (primaryText === null) {
      const why = (await exists(primary, fsys))
        ? 'its writer stopped while writing the journal, before replacing any file: the old set is whole'
        : 'its writer had finished switching the set and was removing its staging folders';
      found('removed', why, targets);
      if (repair) await removeStages(journal.stages, fsys);
      continue;
    }
    if (!repair) {
      const back = await exists(join(primary, rollingBackName), fsys);
      found(
        back ? 'rolled back' : 'completed',
        back
          ? 'its writer had failed part-way and was putting the old files back'
          : 'every file of the set had been written and synced before the first rename',
        targets,
      );
      continue;
    }
    if (!(await claim(primary, fsys))) continue;
    const action = await restoreSet(journal, fsys).catch(async (error) => {
      // Let the next run try again rather than wait on a claim of this process.
      await fsys.unlink(join(primary, 'recovering')).catch(() => {});
      throw error;
    });
    found(
      action,
      action === 'completed'
        ? 'every file of the set had been written and synced before the first rename'
        : 'its writer had failed part-way (or a file could not be completed) and the old files were put back',
      targets,
    );
    await removeStages(journal.stages, fsys);
  }
  return recoveries;
}

/** One line for a person: which set, what was done (or will be) and why. */
export function recoveryMessage(recovery: Recovery): string {
  const what = {
    completed: recovery.done ? 'completed it' : 'the next write completes it',
    'rolled back': recovery.done ? 'rolled it back' : 'the next write rolls it back',
    removed: recovery.done ? 'removed its staging folder' : 'the next write removes its staging folder',
  }[recovery.action];
  const files = recovery.targets.map((target) => relative(recovery.folder, target)).join(', ');
  const who = recovery.pid === null ? 'a writer' : `process ${recovery.pid}`;
  return `${recovery.folder}: ${who} was stopped while writing a set of outputs (${files || 'files unknown'}): ${what}: ${recovery.why}`;
}
