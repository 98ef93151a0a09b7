// The file-system calls the writer makes, as one object: the real ones, or a test's with a fault injected
// (a rename that fails half-way through a set cannot be staged on a real disk without root tools).
import * as fs from 'node:fs/promises';

export type FileSystem = Pick<
  typeof fs,
  | 'chmod'
  | 'copyFile'
  | 'lstat'
  | 'mkdir'
  | 'mkdtemp'
  | 'open'
  | 'readdir'
  | 'readFile'
  | 'rename'
  | 'rm'
  | 'stat'
  | 'unlink'
>;

export const nodeFileSystem: FileSystem = fs;
