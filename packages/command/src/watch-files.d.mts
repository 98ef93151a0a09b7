// The types of watch-files.mjs, the one file watcher of the kit.

export interface FileChange {
  /** chokidar's event: add, change, unlink, addDir, unlinkDir. */
  event: string;
  /** Absolute. */
  path: string;
}

export interface WatchOptions {
  /** How long the files must be quiet before the call: a burst of saves is one call (40 ms). */
  debounceMs?: number;
  /** Paths under a watched folder to leave out (test files, a build's staging folder). */
  ignored?: (path: string) => boolean;
  /** A watch that failed, or an error thrown by onChange. */
  onError?: (error: unknown) => void;
}

export interface FileWatcher {
  /** Stops watching; a call in progress finishes first. */
  close(): Promise<void>;
}

/**
 * Watches `paths` (folders, with everything below them, or single files, through their folder) and calls
 * `onChange` once per burst of changes, one call at a time; resolves once watching has begun.
 */
export function watchFiles(
  paths: readonly string[],
  onChange: (changes: FileChange[]) => void | Promise<void>,
  options?: WatchOptions,
): Promise<FileWatcher>;
