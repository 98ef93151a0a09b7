// Which lecture and which build of this app each PDF on disk was rendered from, so that `npm run dev` does
// not render again, as it starts, the PDFs `npm run build` has just written (2.2 s of cold react-pdf on a
// machine that is starting the deck's server at the same time). Kept beside the other caches of the kit,
// outside the output folder, and trusted only while each PDF is still the file that was written (its
// SHA-256) and the code is the same build (the digest scripts/build-stamp.mjs leaves in build/).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '@vmvc/write-files';
import { appDir } from '../app-dir.ts';

/** What a PDF was made from: the lecture (its `lectureHash`) and the build of the commands that made it. */
export interface RenderedFrom {
  lectureHash: string;
  code: string;
}

/** One output folder's record: its PDFs by file name, what each was made from and the SHA-256 written. */
interface FolderRecord {
  folder: string;
  files: { [name: string]: RenderedFrom & { sha256: string } };
}

const defaultCacheDir = join(appDir, 'node_modules', '.cache', 'vmvc-handouts');
const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
/** A file per output folder, so that renders into different folders (tests run side by side) never race. */
const recordFileOf = (cacheDir: string, folder: string) =>
  join(cacheDir, `${sha256(folder).slice(0, 16)}.json`);

/**
 * The build of the commands running now: the digest of build/.build-stamp.json, or null when this code is
 * not running from build/ (the tests run the sources, which no stamp describes).
 */
export async function codeIdentity(moduleUrl: string = import.meta.url): Promise<string | null> {
  const buildDir = join(appDir, 'build');
  if (!fileURLToPath(moduleUrl).startsWith(`${buildDir}/`)) return null;
  try {
    const stamp = JSON.parse(await readFile(join(buildDir, '.build-stamp.json'), 'utf8')) as {
      digest?: unknown;
    };
    return typeof stamp.digest === 'string' ? stamp.digest : null;
  } catch {
    return null;
  }
}

async function readRecord(cacheDir: string, folder: string): Promise<FolderRecord> {
  try {
    const record = JSON.parse(await readFile(recordFileOf(cacheDir, folder), 'utf8')) as FolderRecord;
    if (record.folder === folder) return record;
  } catch {
    // None yet, or unreadable: as good as none.
  }
  return { folder, files: {} };
}

/**
 * Notes that `files` (just written, all in one folder) were rendered from `from`. A record that cannot be
 * written costs the next `npm run dev` one render at start, never this one its PDFs.
 */
export async function recordRendered(
  files: readonly { path: string; bytes: Uint8Array }[],
  from: RenderedFrom,
  cacheDir = defaultCacheDir,
): Promise<void> {
  const [first] = files;
  if (!first) return;
  const folder = dirname(first.path);
  const record = await readRecord(cacheDir, folder);
  for (const { path, bytes } of files) record.files[basename(path)] = { ...from, sha256: sha256(bytes) };
  await writeFiles([
    { path: recordFileOf(cacheDir, folder), data: `${JSON.stringify(record, null, 2)}\n` },
  ]).catch(() => {});
  await forgetRemovedFolders(cacheDir);
}

/** Drops the records of output folders that are gone (a test's scratch folder, say). */
async function forgetRemovedFolders(cacheDir: string): Promise<void> {
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    if (!name.endsWith('.json')) continue;
    const file = join(cacheDir, name);
    const folder = await readFile(file, 'utf8').then(
      (text) => (JSON.parse(text) as Partial<FolderRecord>).folder,
      () => undefined,
    );
    if (typeof folder !== 'string' || !existsSync(folder)) await rm(file, { force: true });
  }
}

/** Whether every one of `paths` (all in one folder) is a PDF rendered from `from` and unchanged since. */
export async function renderedFrom(
  paths: readonly string[],
  from: RenderedFrom,
  cacheDir = defaultCacheDir,
): Promise<boolean> {
  const [first] = paths;
  if (!first) return false;
  const record = await readRecord(cacheDir, dirname(first));
  for (const path of paths) {
    const entry = record.files[basename(path)];
    if (dirname(path) !== record.folder) return false;
    if (entry?.lectureHash !== from.lectureHash || entry.code !== from.code) return false;
    const bytes = await readFile(path).catch(() => null);
    if (bytes === null || sha256(bytes) !== entry.sha256) return false;
  }
  return true;
}
