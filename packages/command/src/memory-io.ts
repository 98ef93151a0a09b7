// An io that keeps what a command writes, so a test runs a command in-process and reads it as a person would.
import type { CommandIo } from './command-io.ts';

export interface MemoryIo extends CommandIo {
  /** The lines written to stdout, and the lines of messages. */
  out: string[];
  err: string[];
  /** Everything written to stdout, lines and data, as bytes in order. */
  bytes(): Buffer;
}

export function memoryIo(cwd: string, stdoutIsTerminal = false): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  const chunks: Buffer[] = [];
  return {
    out,
    err,
    cwd,
    stdoutIsTerminal,
    stdout: (line) => {
      out.push(line);
      chunks.push(Buffer.from(`${line}\n`));
    },
    write: (data) => {
      chunks.push(Buffer.from(data));
    },
    stderr: (line) => {
      err.push(line);
    },
    bytes: () => Buffer.concat(chunks),
  };
}
