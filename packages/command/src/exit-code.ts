// The exit codes of every command of the kit, so a script or a lecturer can tell the cases apart.

export const exitCode = {
  /** Done. */
  ok: 0,
  /** The lecture has problems, a render failed, or the output could not be written in full. */
  problems: 1,
  /** The command could not run: an unknown option, an unreadable input, a build that is not current. */
  usage: 2,
  /** Stopped with Ctrl-C (128 + SIGINT), as a shell reports it. */
  interrupted: 130,
} as const;
