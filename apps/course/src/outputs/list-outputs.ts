// Every file the kit has written into its output folders, with what it is, which lecture it was made from and
// whether that is the lecture as it is now.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { manifestName, outputFolders, outputKind } from './output-folders.ts';
import { readStamp } from './read-stamp.ts';

export interface Output {
  /** Relative to the repository, `/` separators. */
  file: string;
  medium: string;
  /** The content stamp the file carries; null when it carries none. */
  stamp: string | null;
  sha256: string;
  bytes: number;
  /** Whether its stamp is the lecture's: false is STALE. */
  current: boolean;
  /** The command that makes it again. */
  remake: string;
  defaultSet: boolean;
}

/** The outputs under `root`'s output folders, in folder order and by name, measured against `stamp`. */
export function listOutputs(root: string, stamp: string): Output[] {
  const outputs: Output[] = [];
  for (const folder of outputFolders) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== manifestName)
      .map((entry) => join(dir, entry.name))
      .sort();
    for (const path of files) {
      const file = relative(root, path).split(sep).join('/');
      const kind = outputKind(file);
      if (!kind) continue;
      const bytes = readFileSync(path);
      const carried = readStamp(file, bytes);
      outputs.push({
        file,
        ...kind,
        stamp: carried,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: bytes.byteLength,
        current: carried === stamp,
      });
    }
  }
  return outputs;
}
