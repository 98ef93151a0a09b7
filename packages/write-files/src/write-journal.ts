// The journal of a set of outputs: every target, staged file and backup across all folders of the set, written
// and synced into each staging folder before the first rename, so that the next run can finish a set a crash
// left half-switched. It is read back strictly: a journal is only believed if every path in it is exactly
// the one the writer would have made, inside the staging folder it was found in or the target's own folder.
import { basename, dirname, isAbsolute, join, normalize } from 'node:path';
import type { FileSystem } from './file-system.ts';
import { stageOwner, stagePrefix } from './stage-owner.ts';

export const journalName = 'journal.json';
/** In the first staging folder only: the set failed and is being put back, not completed. */
export const rollingBackName = 'rolling-back';
const format = 'vmvc-write-journal/1';
/** Far above any set the kit writes (the deck with its assets is a few hundred files). */
const maxJournalBytes = 4 * 1024 * 1024;

interface JournalFile {
  target: string;
  /** Index into `stages`: the staging folder beside the target. */
  stage: number;
  staged: string;
  /** The copy of the file it replaces, or null for a new file. */
  backup: string | null;
}

export interface Journal {
  /** Every staging folder of the set; the first holds the journal that counts (written last). */
  stages: string[];
  files: JournalFile[];
}

/** The staged file and backup names of the `index`-th file of a set: the one naming rule, for writer and reader. */
export function stagedPath(stage: string, index: number, target: string): string {
  return join(stage, `${index}.${basename(target)}`);
}
export function backupPath(stage: string, index: number): string {
  return join(stage, `${index}.previous`);
}

export function journalText(journal: Journal): string {
  return `${JSON.stringify({ format, stages: journal.stages, files: journal.files })}\n`;
}

/** Writes `name` in `folder` exclusively and syncs it and the folder, so it is on disk before any rename. */
export async function writeSynced(
  folder: string,
  name: string,
  text: string,
  fsys: FileSystem,
): Promise<void> {
  const handle = await fsys.open(join(folder, name), 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
  const dir = await fsys.open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

const isPath = (value: unknown): value is string =>
  typeof value === 'string' && isAbsolute(value) && normalize(value) === value && !value.includes('\0');

const sameKeys = (value: object, keys: string[]) =>
  Object.keys(value).sort().join() === [...keys].sort().join();

/** The journal `text` states, or why it is not believed (a string). */
export function parseJournal(text: string): Journal | string {
  if (text.length > maxJournalBytes) return `is over ${maxJournalBytes} bytes`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'is not JSON';
  }
  if (typeof value !== 'object' || value === null || !sameKeys(value, ['format', 'stages', 'files']))
    return 'has other fields than format, stages and files';
  const { format: stated, stages, files } = value as Record<string, unknown>;
  if (stated !== format) return `is not ${format}`;
  if (!Array.isArray(stages) || stages.length === 0 || !stages.every(isPath)) return 'has no list of stages';
  const owners = stages.map((stage) => stageOwner(basename(stage)));
  // One writer made every folder of a set, in one process: the same owner in every name.
  const owner = owners[0];
  if (
    !owner ||
    owners.some((o) => !o || o.boot !== owner.boot || o.pid !== owner.pid || o.start !== owner.start)
  )
    return 'names a folder that is not a staging folder of the same writer';
  if (new Set(stages.map((stage) => dirname(stage))).size !== stages.length)
    return 'names two stages in one folder';
  if (!Array.isArray(files) || files.length === 0) return 'has no files';
  const targets = new Set<string>();
  for (const [index, file] of files.entries()) {
    if (typeof file !== 'object' || file === null || !sameKeys(file, ['target', 'stage', 'staged', 'backup']))
      return `files[${index}] has other fields than target, stage, staged and backup`;
    const { target, stage, staged, backup } = file as Record<string, unknown>;
    if (!isPath(target) || targets.has(target)) return `files[${index}].target is not a new absolute path`;
    targets.add(target);
    const folder = typeof stage === 'number' ? stages[stage] : undefined;
    if (!Number.isInteger(stage) || folder === undefined || dirname(folder) !== dirname(target))
      return `files[${index}].stage is not the staging folder beside its target`;
    if (basename(target).startsWith(stagePrefix)) return `files[${index}].target is not an output file`;
    if (staged !== stagedPath(folder, index, target))
      return `files[${index}].staged is not inside its staging folder`;
    if (backup !== null && backup !== backupPath(folder, index))
      return `files[${index}].backup is not inside its staging folder`;
  }
  return { stages: stages as string[], files: files as JournalFile[] };
}
