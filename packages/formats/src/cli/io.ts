// Where a CLI command writes, so tests can run commands in-process and read what a user would see.
export interface CliIo {
  /** Data: text, or the bytes of a binary export. */
  stdout: (data: string | Uint8Array) => void;
  /** Whether stdout is a terminal, where the bytes of a binary export would be garbage. */
  stdoutIsTerminal?: boolean;
  stderr: (text: string) => void;
  cwd: string;
}

/** Exit codes: 0 success, 1 the input has problems, 2 the command could not run (usage, unreadable file). */
export const exitCode = { ok: 0, problems: 1, usage: 2 } as const;
