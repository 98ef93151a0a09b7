// Where a command writes and where it was run from, so tests can run commands in-process and read what a
// person would see.

export interface CommandIo {
  /** One line of the command's output (the newline is added). */
  stdout: (line: string) => void;
  /** Data written as it is, with no newline added: an export's text or a package's bytes. */
  write: (data: string | Uint8Array) => void;
  /** Whether stdout is a terminal, where the bytes of a binary file would be garbage. */
  stdoutIsTerminal: boolean;
  /** One line of a message for the person; made safe for the terminal where it is written. */
  stderr: (line: string) => void;
  /**
   * Where the person ran the command: npm runs scripts in the package, but keeps this in INIT_CWD (and
   * scripts/run-tasks.mjs in VMVC_CWD, through turbo). A relative --out is taken from here.
   */
  cwd: string;
}
