// `vmvc validate FILE.json`: checks a lecture file against the schema and every data rule.
import { validateLecture } from '@vmvc/schema';
import { type CliIo, exitCode } from './io.ts';
import { reportProblems } from './problem-report.ts';
import { readJsonFile } from './read-json-file.ts';
import { printable } from './terminal-text.ts';

export const validateUsage = 'vmvc validate FILE.json';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) {
    io.stderr(`usage: ${validateUsage}\n`);
    return exitCode.usage;
  }
  const read = await readJsonFile(file, io.cwd);
  if (!read.ok) {
    io.stderr(`${printable(read.error)}\n`);
    return exitCode.usage;
  }
  const result = validateLecture(read.value);
  if (result.ok) {
    io.stdout('valid\n');
    return exitCode.ok;
  }
  reportProblems(file, result, io);
  return exitCode.problems;
}
