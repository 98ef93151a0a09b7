#!/usr/bin/env node
// Entry point of the `vmvc` binary: runs a command with the process's streams, and makes sure that
// what it writes arrives. A write that fails (EPIPE when the reader of a pipe is gone, EBADF) or a standard
// output that was closed before the command started is an error, exit 1, not a silent success.
import { readFileSync, readlinkSync } from 'node:fs';
import { exitCode } from './io.ts';
import { main } from './main.ts';
import { printable } from './terminal-text.ts';

let writeError: NodeJS.ErrnoException | null = null;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  writeError ??= error;
});

/**
 * Whether standard output was closed when the process started (`command >&-`). Node opens /dev/null in
 * its place, read-write, so writes vanish without an error; a shell's `> /dev/null` opens it write-only.
 * Linux only (it reads /proc); elsewhere a closed output cannot be told from /dev/null.
 */
function stdoutWasClosed(): boolean {
  try {
    if (readlinkSync('/proc/self/fd/1') !== '/dev/null') return false;
    const flags = /^flags:\s*(\d+)/m.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & 0o3) === 0o2;
  } catch {
    return false;
  }
}

/** Resolves once everything written so far has been handed to the system (or failed). */
const flushed = () => new Promise<void>((resolve) => process.stdout.write('', () => resolve()));

async function run(): Promise<number> {
  if (stdoutWasClosed()) {
    process.stderr.write('vmvc: standard output is closed: nothing can be written (use --out FILE)\n');
    return exitCode.problems;
  }
  const code = await main(process.argv.slice(2), {
    stdout: (data) => {
      if (!writeError) process.stdout.write(data);
    },
    stdoutIsTerminal: process.stdout.isTTY === true,
    // Messages only, never data: made safe for the terminal here, once.
    stderr: (text) => process.stderr.write(printable(text)),
    cwd: process.cwd(),
  });
  await flushed();
  if (writeError) {
    process.stderr.write(
      `vmvc: could not write to standard output (${writeError.code ?? writeError.message}): the output is incomplete\n`,
    );
    return exitCode.problems;
  }
  return code;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `vmvc: ${printable(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    process.exitCode = 2;
  },
);
