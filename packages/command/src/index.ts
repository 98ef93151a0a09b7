// The one command shell of the kit's commands (and, at ./watch-files, the one file watcher).
export type { CommandIo } from './command-io.ts';
export { type Command, type CommandContext, defineCommand } from './define-command.ts';
export { displayPath } from './display-path.ts';
export { exitCode } from './exit-code.ts';
export { printable } from './printable.ts';
export { runCommand } from './run-command.ts';
export { startCommand } from './start-command.ts';
export { UsageError } from './usage-error.ts';
