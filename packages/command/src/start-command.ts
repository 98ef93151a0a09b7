// Starts a command as its built file's process: the process's streams, where the person ran it (VMVC_CWD,
// which the root scripts' turbo runs pass on, else npm's INIT_CWD), and making sure that what
// it writes arrives. A write that fails (EPIPE when the reader of a pipe is gone) or a standard output closed
// before the command started is exit 1 with one line; Ctrl-C stops it quietly with exit 130.
import { readFileSync, readlinkSync } from 'node:fs';
import type { CommandGroup } from './command-group.ts';
import type { Command, CommandOptions } from './define-command.ts';
import { exitCode } from './exit-code.ts';
import { printable } from './printable.ts';
import { runCommand } from './run-command.ts';

export interface StartOptions {
  argv?: readonly string[];
  stdout?: NodeJS.WritableStream;
  stderr?: NodeJS.WritableStream;
  cwd?: string;
  /** Stop on SIGINT and SIGTERM (the default); tests that start a command in-process turn it off. */
  signals?: boolean;
}

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
const flushed = (stream: NodeJS.WritableStream) =>
  new Promise<void>((resolve) => stream.write('', () => resolve()));

/** The command the arguments will run: a group's subcommand, by the first argument. */
function commandFor(target: Command | CommandGroup, argv: readonly string[]): Command | undefined {
  if (!('commands' in target)) return target;
  const name = argv[0];
  return name !== undefined && Object.hasOwn(target.commands, name) ? target.commands[name] : undefined;
}

/**
 * Runs `command` (or a group's subcommand) for this process; resolves with the exit code, which it also sets
 * as process.exitCode.
 */
export async function startCommand<O extends CommandOptions, C extends boolean>(
  command: Command<O, C> | CommandGroup,
  options: StartOptions = {},
): Promise<number> {
  const argv = options.argv ?? process.argv.slice(2);
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const say = (line: string) => stderr.write(`${printable(line)}\n`);
  const finish = (code: number) => {
    if (options.stdout === undefined) process.exitCode = code;
    return code;
  };

  if (
    commandFor(command as Command | CommandGroup, argv)?.stdoutIsData &&
    options.stdout === undefined &&
    stdoutWasClosed()
  ) {
    say(`${command.name}: standard output is closed: nothing can be written`);
    return finish(exitCode.problems);
  }
  let writeError: NodeJS.ErrnoException | null = null;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    writeError ??= error;
  });

  let stop: (() => Promise<void>) | undefined;
  if (options.signals ?? true) {
    for (const [signal, code] of [
      ['SIGINT', exitCode.interrupted],
      ['SIGTERM', 143],
    ] as const) {
      process.once(signal, () => {
        // Quietly: no stack, no message; a long-running command closes what it holds first.
        const stopped = stop ? stop().catch(() => undefined) : Promise.resolve();
        void stopped.then(() => process.exit(code));
      });
    }
  }

  const code = await runCommand(
    command,
    argv,
    {
      stdout: (line) => {
        if (!writeError) stdout.write(`${line}\n`);
      },
      write: (data) => {
        if (!writeError) stdout.write(data);
      },
      stdoutIsTerminal: (stdout as NodeJS.WriteStream).isTTY === true,
      // Messages only, never data: made safe for the terminal here, once.
      stderr: say,
      cwd: options.cwd ?? process.env.VMVC_CWD ?? process.env.INIT_CWD ?? process.cwd(),
    },
    {
      onStop: (s) => {
        stop = s;
      },
    },
  );
  await flushed(stdout);
  const failed = writeError as NodeJS.ErrnoException | null;
  if (failed) {
    say(
      `${command.name}: could not write to standard output (${failed.code ?? failed.message}): the output is incomplete`,
    );
    return finish(exitCode.problems);
  }
  return finish(code);
}
