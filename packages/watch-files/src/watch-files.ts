// The one file watcher of the kit: chokidar, with a debounce that turns a burst of saves into one call.
//
// chokidar, not node:fs watch: Node 20's recursive fs.watch loses a file that an editor (or git) replaces by
// rename. A file is watched through its folder, not on its own: a watch on the file follows that file, and
// after a burst of saves (each a new file renamed over the last) chokidar was left watching a deleted one and
// heard nothing more. chokidar also drops a change that comes within 50 ms of the one before (its throttle
// keeps no trailing event), and so would miss the newest content of two quick saves: a moment after each
// call, the files it named are looked at once more, and a file that changed since is reported again.
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { watch } from 'chokidar';

export interface FileChange {
  /** chokidar's event: add, change, unlink, addDir, unlinkDir. */
  event: string;
  /** Absolute. */
  path: string;
}

export interface WatchOptions {
  /**
   * How long the files must be quiet before the call: a burst of saves is one call (40 ms unless given). The
   * deck's dev server gives 5 ms: a save written in place may then be read half-way, and is read again when
   * the write's own event (or the recheck below) comes, a few milliseconds later.
   */
  debounceMs?: number;
  /** Paths under a watched folder to leave out (test files, a build's staging folder); never a named file. */
  ignored?: (path: string) => boolean;
  /** A watch that failed, or an error thrown by onChange. */
  onError?: (error: unknown) => void;
  /**
   * A change heard, before the debounce: a caller may stop work that the coming call will supersede (the
   * handouts' live renderer stops rendering an older lecture).
   */
  onNotice?: (path: string) => void;
}

export interface FileWatcher {
  /** Stops watching; a call in progress finishes first. */
  close(): Promise<void>;
}

/** Which file it is now: a rename over it is another inode, a write another size or time. */
async function identity(path: string): Promise<string> {
  try {
    const { ino, size, mtimeMs } = await stat(path);
    return `${ino}:${size}:${mtimeMs}`;
  } catch {
    return 'gone';
  }
}

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Watches `paths` (folders, with everything below them, or single files, through their folder) and calls
 * `onChange` once per burst of changes, one call at a time; resolves once watching has begun.
 */
export async function watchFiles(
  paths: readonly string[],
  onChange: (changes: FileChange[]) => void | Promise<void>,
  options: WatchOptions = {},
): Promise<FileWatcher> {
  const { debounceMs = 40, ignored = () => false, onError = () => {}, onNotice = () => {} } = options;
  const folders = new Set<string>();
  const files = new Set<string>();
  for (const path of paths.map((p) => resolve(p))) (isFolder(path) ? folders : files).add(path);
  const filesFolders = new Set([...files].map((file) => dirname(file)));
  const inFolder = (path: string) =>
    [...folders].some((folder) => path === folder || path.startsWith(`${folder}${sep}`));
  const wanted = (path: string) => files.has(path) || inFolder(path);
  /** Whether the caller's filter leaves out the path or a folder it is in, below a watched folder. */
  const leftOut = (path: string): boolean => {
    if (files.has(path) || folders.has(path) || !inFolder(path)) return false;
    return ignored(path) || leftOut(dirname(path));
  };

  const watcher = watch([...folders, ...filesFolders], {
    ignoreInitial: true,
    // The caller's filter leaves out paths under a watched folder, and everything below a folder it leaves
    // out; never a file named on its own, which is watched wherever it is (a dot-folder's problems.json).
    ignored: (path: string) =>
      !(folders.has(path) || filesFolders.has(path) || wanted(path)) ||
      (!files.has(path) && !filesFolders.has(path) && leftOut(path)),
  });

  /** Changes of the burst in progress, by path: the last event of each path wins. */
  let burst = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let recheck: NodeJS.Timeout | undefined;
  let closed = false;
  let calling: Promise<void> = Promise.resolve();

  const fire = () => {
    const changes = [...burst].map(([path, event]) => ({ path, event }));
    burst = new Map();
    if (changes.length === 0 || closed) return;
    calling = calling.then(async () => {
      const seen = await Promise.all(changes.map((c) => identity(c.path)));
      if (closed) return;
      try {
        await onChange(changes);
      } catch (error) {
        onError(error);
      }
      clearTimeout(recheck);
      recheck = setTimeout(async () => {
        const now = await Promise.all(changes.map((c) => identity(c.path)));
        changes.forEach((change, i) => {
          if (now[i] !== seen[i] && now[i] !== 'gone') note('change', change.path);
        });
      }, 75);
    });
  };
  const note = (event: string, path: string) => {
    if (closed || !wanted(path) || (!files.has(path) && leftOut(path))) return;
    burst.set(path, event);
    onNotice(path);
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };

  watcher.on('all', (event, path) => note(event, resolve(path)));
  watcher.on('error', (error: unknown) => onError(error));
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      clearTimeout(recheck);
      await watcher.close();
      await calling;
    },
  };
}
