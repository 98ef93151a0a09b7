// `vmvc-content validate FILE.json`: checks a lecture file against the schema and every data rule.
import { formatProblem } from '../problem.ts';
import { validateLecture } from '../validate-lecture.ts';
import { type CliIo, exitCode } from './io.ts';
import { readJsonFile } from './read-json-file.ts';

export const validateUsage = 'vmvc-content validate FILE.json';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const [file, ...extra] = args;
  if (!file || extra.length > 0) {
    io.stderr(`usage: ${validateUsage}\n`);
    return exitCode.usage;
  }
  const read = await readJsonFile(file, io.cwd);
  if (!read.ok) {
    io.stderr(`${read.error}\n`);
    return exitCode.usage;
  }
  const result = validateLecture(read.value);
  if (result.ok) {
    io.stdout('valid\n');
    return exitCode.ok;
  }
  for (const problem of result.problems) io.stdout(`${file}: ${formatProblem(problem)}\n`);
  io.stderr(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${file}\n`);
  return exitCode.problems;
}
