// Creates an output folder and its missing parents one level at a time, within a deadline. Node 20's
// `mkdir(…, { recursive: true })` spun at full CPU forever for a folder under /proc; one level at a time,
// each failure is immediate and says which folder could not be made.
import { dirname } from 'node:path';
import { fileErrorReason } from './file-error.ts';
import { type FileSystem, nodeFileSystem } from './file-system.ts';
import { WriteError } from './write-error.ts';

/** Makes `dir` (absolute) and any missing parents; throws a WriteError naming the folder that failed. */
export async function makeDirectory(dir: string, fsys: FileSystem = nodeFileSystem, deadlineMs = 1000) {
  const deadline = Date.now() + deadlineMs;
  const missing: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    try {
      if (!(await fsys.stat(at)).isDirectory())
        throw new WriteError(at, 'is not a folder: expected a folder');
      break;
    } catch (error) {
      if (error instanceof WriteError) throw error;
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(at) === at) {
        throw new WriteError(at, `cannot use this folder: ${fileErrorReason(error, 'write')}`);
      }
      missing.unshift(at);
    }
  }
  for (const folder of missing) {
    if (Date.now() > deadline) {
      throw new WriteError(
        folder,
        `could not be created within ${deadlineMs} ms: expected a folder that can be made`,
      );
    }
    try {
      await fsys.mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && (await fsys.stat(folder)).isDirectory())
        continue;
      throw new WriteError(folder, `cannot create this folder: ${fileErrorReason(error, 'write')}`);
    }
  }
}
