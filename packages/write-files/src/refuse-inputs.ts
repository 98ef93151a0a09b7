// Refuses an output that is one of the command's own inputs: the same path, a symbolic link to it, or the
// same file by another name (a hard link, a linked folder), compared by device and inode, so that
// `--out lecture.json` never replaces the lecture it was read from.
import { resolve } from 'node:path';
import type { FileSystem } from './file-system.ts';
import { WriteError } from './write-error.ts';

export interface InputFile {
  path: string;
  /** How the person named it (`lecture.json`), for the message; the path if not given. */
  name?: string;
}

const identity = async (path: string, fsys: FileSystem) => {
  try {
    const stats = await fsys.stat(path);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null; // not there (a new output), or not readable: it cannot be an input that was read
  }
};

/** Throws a WriteError for the first target that is the same file as an input. */
export async function refuseInputs(
  targets: readonly string[],
  inputs: readonly InputFile[],
  fsys: FileSystem,
  instead = 'another output file',
): Promise<void> {
  const known = new Map<string, InputFile>();
  for (const input of inputs) {
    const id = await identity(resolve(input.path), fsys);
    if (id !== null) known.set(id, input);
  }
  if (known.size === 0) return;
  for (const target of targets) {
    const input = known.get((await identity(target, fsys)) ?? '');
    if (!input) continue;
    const name = input.name ?? input.path;
    const linked = (await fsys.lstat(target)).isSymbolicLink();
    const how =
      resolve(input.path) === target
        ? `the same file as ${name}`
        : linked
          ? `a symbolic link to ${name}`
          : `the same file as ${name}, by another name or a hard link`;
    throw new WriteError(
      target,
      `is the input of this command (${how}): refusing to overwrite it; expected ${instead}`,
    );
  }
}
