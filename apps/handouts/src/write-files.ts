// Safe writes: each PDF goes to a temporary file beside its target and is renamed into place, so a reader
// (or a crash) never sees half a file, and a run that fails before writing leaves the old PDFs as they were.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FileToWrite {
  path: string;
  bytes: Uint8Array;
}

async function writeAtomically({ path, bytes }: FileToWrite): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes every file only once all of them are ready: the caller renders everything first. */
export async function writeFiles(files: readonly FileToWrite[]): Promise<void> {
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await mkdir(dir, { recursive: true });
  for (const file of files) await writeAtomically(file);
}
