// `vmvc validate FILE.json`: checks a lecture file against the schema and every data rule.
import { defineCommand, exitCode, printable } from '@vmvc/command';
import { validateLecture } from '@vmvc/schema';
import { reportProblems } from './problem-report.ts';
import { readJsonFile } from './read-json-file.ts';

export const validateUsage = 'vmvc validate FILE.json';

export const validateCommand = defineCommand({
  name: 'vmvc validate',
  usage: `usage: ${validateUsage}`,
  positionals: ['FILE.json'],
  async run({ positionals: [file = ''], io }) {
    const read = await readJsonFile(file, io.cwd);
    if (!read.ok) {
      io.stderr(printable(read.error));
      return exitCode.usage;
    }
    const result = validateLecture(read.value);
    if (result.ok) {
      io.stdout('valid');
      return exitCode.ok;
    }
    reportProblems(file, result, io);
    return exitCode.problems;
  },
});
