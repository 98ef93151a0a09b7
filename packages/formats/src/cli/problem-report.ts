// How a command reports the problems of a lecture file: one line each, the first 100, then a count of the
// rest, and which checks wait for a well-formed file. `validate` and `export --input` say it the same way.
import { type CommandIo, printable } from '@vmvc/command';
import { formatProblem, type ValidationResult } from '@vmvc/schema';

/** Problems printed one a line; beyond this, one line counts the rest (a broken file can have 130,000). */
const problemsShown = 100;

export function reportProblems(
  file: string,
  result: Extract<ValidationResult, { ok: false }>,
  io: CommandIo,
): void {
  const shown = result.problems.slice(0, problemsShown);
  for (const problem of shown) io.stdout(printable(`${file}: ${formatProblem(problem)}`));
  const rest = result.problems.length - shown.length;
  if (rest > 0) io.stdout(`… and ${rest.toLocaleString('en')} more`);
  const count = result.problems.length;
  io.stderr(`${count.toLocaleString('en')} problem${count === 1 ? '' : 's'} in ${printable(file)}`);
  if (result.unchecked.length > 0) {
    io.stderr(`not checked until the lecture's shape is right: ${result.unchecked.join(', ')}`);
  }
}
