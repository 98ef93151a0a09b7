// A problem with how the command was called, found by the command itself (a value parseArgs cannot check).

/** Thrown by a command's run: the shell prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
