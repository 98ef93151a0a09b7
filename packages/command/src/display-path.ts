// A path as the person who ran the command will recognise it.
import { isAbsolute, relative } from 'node:path';

/** `path` relative to `cwd`, unless that means climbing out of it: then the absolute path. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
