// What a command of the kit declares: its name, its usage, its options (node:util parseArgs) and its work.
import type { ParseArgsConfig, parseArgs } from 'node:util';
import type { Lecture } from '@vmvc/content';
import type { CommandIo } from './command-io.ts';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** The values parseArgs gives for `O`, strict and without positionals, as every command is called. */
type OptionValues<O extends CommandOptions> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>['values'];

export interface CommandContext<O extends CommandOptions> {
  values: OptionValues<O>;
  /** The arguments that are not options, as many as the command declared (`FILE.json`). */
  positionals: string[];
  io: CommandIo;
  /**
   * For a command that keeps running (a server, a watcher): how to stop it. On Ctrl-C the shell calls it,
   * then exits 130; without it the process ends at once.
   */
  onStop: (stop: () => Promise<void>) => void;
}

/** What a command that declared `currentContent` gets besides: the lecture of the content's build. */
interface ContentContext {
  lecture: Lecture;
}

export interface Command<O extends CommandOptions = CommandOptions, C extends boolean = boolean> {
  /** Begins every message line: `handouts: …`, `deck build: …`. */
  name: string;
  /** Printed on --help (stdout, exit 0) and under a bad argument (stderr, exit 2). */
  usage: string;
  options: O;
  /** The names of the arguments it takes besides options, each required (`['FILE.json']`); none by default. */
  positionals?: readonly string[];
  /**
   * The command renders the lecture: it gets the lecture of @vmvc/content's build, which turbo keeps current
   * (the command's task depends on it); in a checkout where nothing was built yet it exits 2 saying so.
   */
  currentContent: C;
  /**
   * Whether what the command writes to stdout is its product (an export), not a report: then a stdout closed
   * at start (`command >&-`) is exit 1 at once. A report to a closed stdout is dropped, as to /dev/null: a
   * child process started with its output ignored looks the same.
   */
  stdoutIsData?: boolean;
  /** The work: returns the exit code (0 when nothing is returned); throws UsageError for a bad value. */
  run: (
    context: CommandContext<O> & (C extends true ? ContentContext : unknown),
  ) => Promise<number | undefined> | number | undefined;
}

/** A command, typed by its options; run it with runCommand (tests) or startCommand (its built file). */
export function defineCommand<O extends CommandOptions = Record<never, never>, C extends boolean = false>(
  declaration: Omit<Command<O, C>, 'options' | 'currentContent'> & { options?: O; currentContent?: C },
): Command<O, C> {
  return {
    ...declaration,
    options: declaration.options ?? ({} as O),
    currentContent: declaration.currentContent ?? (false as C),
  };
}
