// The one command shell of every command of the kit: arguments, usage, exit codes, output, the content check.
export { type CommandGroup, defineCommandGroup } from './command-group.ts';
export type { CommandIo } from './command-io.ts';
export { type Command, type CommandContext, defineCommand } from './define-command.ts';
export { displayPath } from './display-path.ts';
export { exitCode } from './exit-code.ts';
export { type MemoryIo, memoryIo } from './memory-io.ts';
export { printable } from './printable.ts';
export { runCommand } from './run-command.ts';
export { startCommand } from './start-command.ts';
export { UsageError } from './usage-error.ts';
