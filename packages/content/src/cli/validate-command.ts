// `vmvc-content validate FILE.json`: checks a lecture file against the schema and every data rule.
import { formatProblem } from '../problem.ts';
import { validateLecture } from '../validate-lecture.ts';
import { type CliIo, exitCode } from './io.ts';
import { readJsonFile } from './read-json-file.ts';
import { printable } from './terminal-text.ts';

/** Problems printed one a line; beyond this, one line counts the rest (a broken file can have 130,000). */
const problemsShown = 100;

export const validateUsage = 'vmvc-content validate FILE.json';

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
  const shown = result.problems.slice(0, problemsShown);
  io.stdout(shown.map((problem) => `${printable(`${file}: ${formatProblem(problem)}`)}\n`).join(''));
  const rest = result.problems.length - shown.length;
  if (rest > 0) io.stdout(`… and ${rest.toLocaleString('en')} more\n`);
  const count = result.problems.length;
  io.stderr(`${count.toLocaleString('en')} problem${count === 1 ? '' : 's'} in ${printable(file)}\n`);
  if (result.unchecked.length > 0) {
    io.stderr(`not checked until the lecture's shape is right: ${result.unchecked.join(', ')}\n`);
  }
  return exitCode.problems;
}
