// Runs a declared command with an io object: usage and --help, a bad argument, the content-build check, and
// an unexpected error as one line. Tests call it in-process; startCommand calls it with the process's streams.
import { parseArgs } from 'node:util';
import type { Lecture } from '@vmvc/content';
import { type CommandGroup, chooseCommand } from './command-group.ts';
import type { CommandIo } from './command-io.ts';
import type { Command, CommandOptions } from './define-command.ts';
import { exitCode } from './exit-code.ts';
import { UsageError } from './usage-error.ts';

export interface RunHooks {
  /** Receives a long-running command's stop function (startCommand calls it on Ctrl-C). */
  onStop?: (stop: () => Promise<void>) => void;
  /** Stack traces of unexpected errors: `VMVC_DEBUG=1` by default. */
  debug?: boolean;
}

/** parseArgs' message, first sentence only: "Unknown option '--colour'" needs no advice on positionals. */
function argumentProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? (message.split('. ')[0] ?? message) : message;
}

type ContentCheck = { ok: true; lecture: Lecture } | { ok: false; problem: string };

/**
 * The lecture of @vmvc/content's build. Whether that build is current is turbo's to say: every command of the
 * README runs through it, and the tasks that need the content depend on its build, which validates the
 * lecture and writes nothing for an invalid one. What is left to say here is a checkout where nothing was
 * built yet.
 */
async function currentContent(): Promise<ContentCheck> {
  try {
    const { lecture } = await import('@vmvc/content');
    return { ok: true, lecture };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    return {
      ok: false,
      problem: '@vmvc/content is not built yet: run `npm run build` at the repository root first',
    };
  }
}

/**
 * Runs `command` with `argv` (the arguments after the command's name), or the subcommand of a group the first
 * argument names; resolves with its exit code.
 */
export async function runCommand<O extends CommandOptions, C extends boolean>(
  target: Command<O, C> | CommandGroup,
  argv: readonly string[],
  io: CommandIo,
  hooks: RunHooks = {},
): Promise<number> {
  if ('commands' in target) {
    const choice = chooseCommand(target, argv, io);
    return 'done' in choice ? choice.done : runCommand(choice.command, choice.argv, io, hooks);
  }
  const command = target;
  const debug = hooks.debug ?? process.env.VMVC_DEBUG === '1';
  const usageProblem = (message: string) => {
    io.stderr(`${command.name}: ${message}`);
    io.stderr(command.usage);
    return exitCode.usage;
  };
  const expected = command.positionals ?? [];
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: expected.length > 0,
    }));
  } catch (error) {
    return usageProblem(argumentProblem(error));
  }
  if (values.help) {
    io.stdout(command.usage);
    return exitCode.ok;
  }
  delete values.help;
  if (positionals.length < expected.length) return usageProblem(`missing ${expected[positionals.length]}`);
  if (positionals.length > expected.length) {
    return usageProblem(`unexpected argument "${positionals[expected.length]}"`);
  }
  try {
    let lecture: Lecture | undefined;
    if (command.currentContent) {
      const check = await currentContent();
      if (!check.ok) {
        io.stderr(`${command.name}: ${check.problem}`);
        return exitCode.usage;
      }
      lecture = check.lecture;
    }
    const context = { values, positionals, io, lecture, onStop: hooks.onStop ?? (() => {}) };
    return (await command.run(context as unknown as Parameters<typeof command.run>[0])) ?? exitCode.ok;
  } catch (error) {
    if (error instanceof UsageError) return usageProblem(error.message);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${command.name}: ${message.split('\n')[0]}`);
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack);
    return exitCode.problems;
  }
}
