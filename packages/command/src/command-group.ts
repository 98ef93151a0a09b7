// A command with subcommands (`vmvc validate`, `vmvc export`): the first argument names the subcommand, which
// then runs as a command of its own; help, a missing or an unknown name answer with the group's usage.
import type { CommandIo } from './command-io.ts';
import type { Command } from './define-command.ts';
import { exitCode } from './exit-code.ts';

export interface CommandGroup {
  /** Begins the group's own message lines: `vmvc: unknown command "publish"`. */
  name: string;
  /** Every subcommand's usage and what it does; printed for help and under a wrong name. */
  usage: string;
  commands: Readonly<Record<string, Command>>;
}

export function defineCommandGroup(group: CommandGroup): CommandGroup {
  return group;
}

/** What the arguments ask of a group: a subcommand with its arguments, or an exit code already decided. */
export type GroupChoice = { command: Command; argv: string[] } | { done: number };

/** Picks the subcommand the first argument names, or answers help and wrong names itself. */
export function chooseCommand(group: CommandGroup, argv: readonly string[], io: CommandIo): GroupChoice {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const asked = name !== undefined;
    (asked ? io.stdout : io.stderr)(group.usage);
    return { done: asked ? exitCode.ok : exitCode.usage };
  }
  const command = Object.hasOwn(group.commands, name) ? group.commands[name] : undefined;
  if (!command) {
    io.stderr(`${group.name}: unknown command "${name}"`);
    io.stderr(group.usage);
    return { done: exitCode.usage };
  }
  return { command, argv: rest };
}
