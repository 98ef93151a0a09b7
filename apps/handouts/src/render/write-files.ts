// Writes the rendered PDFs, each with write-file-atomic (a temporary file beside its target, synced and
// renamed into place), so a reader (or a crash) never sees half a file. The caller renders every PDF first:
// a run that fails before writing leaves the old PDFs as they were.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface FileToWrite {
  path: string;
  bytes: Buffer;
}

export async function writeFiles(files: readonly FileToWrite[]): Promise<void> {
  for (const dir of new Set(files.map((f) => dirname(f.path)))) await mkdir(dir, { recursive: true });
  for (const { path, bytes } of files) await writeFileAtomic(path, bytes);
}
