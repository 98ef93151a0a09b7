// Which lecture and which build of this app a PDF's bytes were rendered from, so that `npm run dev` does not
// render again, as it starts, the PDFs `npm run build` has just written (2.2 s of cold react-pdf on a machine
// that is starting the deck's server at the same time). The record is kept by the SHA-256 of the bytes, one
// small file each, beside the kit's other caches: what a PDF was made from belongs to its bytes, so it holds
// wherever the file is and however it got there (written by the command, or put back by turbo from its
// cache), and renders side by side never write the same file. It is trusted only for the same build of the
// commands (a fingerprint of build/).
//
// Why a record of the kit's own beside turbo's cache, which says for every task whether its outputs are
// current: `npm run dev` is one long-running process, not a task turbo can skip, and at its start it must know
// whether the PDFs on disk are the render of the lecture it has just loaded.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '@vmvc/write-files';
import { appDir } from '../app-dir.ts';

/** What a PDF was made from: the lecture (its `lectureHash`) and the build of the commands that made it. */
export interface RenderedFrom {
  lectureHash: string;
  code: string;
}

const defaultCacheDir = join(appDir, 'node_modules', '.cache', 'vmvc-handouts');
/** Records kept: the newest, by when they were written (a lecture's three PDFs make three). */
const keptRecords = 90;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The build of the commands running now: a fingerprint of every file in build/, or null when this code is
 * not running from build/ (the tests run the sources, which no build describes).
 */
export async function codeIdentity(moduleUrl: string = import.meta.url): Promise<string | null> {
  const buildDir = join(appDir, 'build');
  if (!fileURLToPath(moduleUrl).startsWith(`${buildDir}/`)) return null;
  try {
    const hash = createHash('sha256');
    for (const name of (await readdir(buildDir)).sort()) {
      hash.update(`\0${name}\0`).update(await readFile(join(buildDir, name)));
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}

/**
 * Notes that the bytes of `files` (just written) were rendered from `from`. A record that cannot be written
 * costs the next `npm run dev` one render at start, never this one its PDFs.
 */
export async function recordRendered(
  files: readonly { bytes: Uint8Array }[],
  from: RenderedFrom,
  cacheDir = defaultCacheDir,
): Promise<void> {
  const data = `${JSON.stringify(from)}\n`;
  await writeFiles(files.map(({ bytes }) => ({ path: join(cacheDir, `${sha256(bytes)}.json`), data }))).catch(
    () => {},
  );
  await forgetOldRecords(cacheDir);
}

/** Keeps the newest records only. */
async function forgetOldRecords(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  if (names.length <= keptRecords) return;
  const dated = await Promise.all(
    names.map(async (name) => ({
      file: join(cacheDir, name),
      mtime: await stat(join(cacheDir, name)).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    })),
  );
  dated.sort((a, b) => b.mtime - a.mtime);
  await Promise.all(dated.slice(keptRecords).map(({ file }) => rm(file, { force: true })));
}

/** Whether every one of `paths` is a PDF whose bytes were rendered from `from`. */
export async function renderedFrom(
  paths: readonly string[],
  from: RenderedFrom,
  cacheDir = defaultCacheDir,
): Promise<boolean> {
  if (paths.length === 0) return false;
  for (const path of paths) {
    const bytes = await readFile(path).catch(() => null);
    if (bytes === null) return false;
    const made = await readFile(join(cacheDir, `${sha256(bytes)}.json`), 'utf8').then(
      (text) => JSON.parse(text) as Partial<RenderedFrom>,
      () => null,
    );
    if (made?.lectureHash !== from.lectureHash || made.code !== from.code) return false;
  }
  return true;
}
