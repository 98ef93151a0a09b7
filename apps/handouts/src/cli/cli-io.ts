// Where the handouts' commands write, one line at a time, so tests can run them in-process and read what a
// person would see.
import { isAbsolute, relative } from 'node:path';

export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Where the person ran the command: npm runs scripts in the package, but keeps this in INIT_CWD. */
  cwd: string;
}

export const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  cwd: process.env.INIT_CWD ?? process.cwd(),
};

/** A path as the person will recognise it: relative to where they are, unless that means climbing out. */
export function displayPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  return shown === '' ? '.' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
