// The `vmvc` command line: dispatches to one module per command.
import { exportCommand, exportUsage, formatList } from './export-command.ts';
import { type CliIo, exitCode } from './io.ts';
import { validateCommand, validateUsage } from './validate-command.ts';

const usage = `usage:
  ${validateUsage}
      check a lecture file; exit 0 valid, 1 problems, 2 unreadable
  ${exportUsage}
      write the lecture for another course tool, to stdout or FILE; exit 0 written, 2 usage
${formatList()}`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'validate':
      return validateCommand(args, io);
    case 'export':
      return exportCommand(args, io);
    case '--help':
    case '-h':
    case 'help':
      io.stdout(usage);
      return exitCode.ok;
    default:
      io.stderr(command ? `vmvc: unknown command "${command}"\n${usage}` : usage);
      return exitCode.usage;
  }
}
