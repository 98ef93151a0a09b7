// `vmvc export --format F [--input LECTURE.json] [--table T] [--out FILE]`: writes a lecture (the
// built-in one, or any lecture file, validated first) in a format other course tools read, to stdout or a file
// (for the Anki package, going on from the package already there).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCommand, exitCode, printable, UsageError } from '@vmvc/command';
import { type Lecture, lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { AnkiHistoryError } from '../anki/anki-history.ts';
import { type CsvTable, csvTables, exportFormats, getExportFormat } from '../formats.ts';
import { reportProblems } from './problem-report.ts';
import { readJsonFile } from './read-json-file.ts';
import { readUserFile } from './read-user-file.ts';

export const exportUsage = 'vmvc export --format FORMAT [--input LECTURE.json] [--table TABLE] [--out FILE]';

/** The formats, one a line: name, file extension, what it holds. */
export function formatList(): string {
  const width = Math.max(...exportFormats.map((f) => f.name.length));
  const lines = exportFormats.map(
    (f) => `  ${f.name.padEnd(width)}  ${f.extension.padEnd(5)}  ${f.description}`,
  );
  return `formats:\n${lines.join('\n')}`;
}

export const exportCommand = defineCommand({
  name: 'vmvc export',
  usage: `usage: ${exportUsage}\n${formatList()}`,
  options: {
    format: { type: 'string', short: 'f' },
    input: { type: 'string', short: 'i' },
    out: { type: 'string', short: 'o' },
    table: { type: 'string' },
  },
  // An export on stdout is the product: a closed stdout is an error at once, not a silent success.
  stdoutIsData: true,
  async run({ values, io }) {
    if (!values.format) throw new UsageError('missing --format');
    const format = getExportFormat(values.format);
    if (!format) throw new UsageError(`unknown format "${values.format}"`);
    if (values.table !== undefined && format.name !== 'csv') {
      throw new UsageError('--table applies to the csv format only');
    }
    if (values.table !== undefined && !(csvTables as readonly string[]).includes(values.table)) {
      throw new UsageError(`unknown table "${values.table}": expected ${csvTables.join(' or ')}`);
    }
    if (values.out === '') throw new UsageError('--out needs a file name');
    if (values.input === '') throw new UsageError('--input needs a file name');
    let source: Lecture = lecture;
    if (values.input !== undefined) {
      // Any lecture file, checked as `validate` checks it: an export never carries an invalid lecture.
      const read = await readJsonFile(values.input, io.cwd);
      if (!read.ok) {
        io.stderr(printable(read.error));
        return exitCode.usage;
      }
      const checked = validateLecture(read.value);
      if (!checked.ok) {
        reportProblems(values.input, checked, io);
        return exitCode.problems;
      }
      source = checked.lecture;
    }
    const binary = format.binary === true;
    if (values.out === undefined && binary && io.stdoutIsTerminal) {
      throw new UsageError(`${format.name} is a binary file: give --out FILE, or redirect the output`);
    }
    const target = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    let previous: Uint8Array | undefined;
    if (target !== undefined && format.continuesPrevious) {
      // The file being replaced holds what the last import brought into Anki: the export goes on from it.
      // Bounded and never from a device or a pipe: `--out /dev/zero` must not read forever.
      const read = await readUserFile(target, values.out ?? '', 'an Anki package');
      if (read.ok) previous = read.bytes;
      else if (existsSync(target)) {
        io.stderr(printable(read.error));
        return exitCode.usage;
      }
    }
    let output: Awaited<ReturnType<typeof format.render>>;
    try {
      output = await format.render(source, { table: values.table as CsvTable | undefined, previous });
    } catch (error) {
      if (!(error instanceof AnkiHistoryError)) throw error;
      io.stderr(
        printable(
          `${values.out}: not an Anki package (${error.message}): an apkg export reads the package it ` +
            'replaces to keep its notes newer; move the file away or choose another --out',
        ),
      );
      return exitCode.usage;
    }
    if (target === undefined) {
      io.write(output);
      return exitCode.ok;
    }
    try {
      // Written whole beside the target and renamed into place, never through a symbolic link or over
      // anything but a regular file; a failed write leaves the old file as it was.
      // --out naming the --input file (or a link to it) is refused: the lecture is never replaced by its export.
      const inputs =
        values.input === undefined ? [] : [{ path: resolve(io.cwd, values.input), name: values.input }];
      await writeFiles([{ path: target, data: output }], { inputs, insteadOfInput: 'another --out' });
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      const where = error.path === target ? values.out : error.path;
      io.stderr(printable(`${where}: ${error.reason}`));
      return exitCode.usage;
    }
    io.stdout(printable(`wrote ${values.out} (${format.name})`));
    return exitCode.ok;
  },
});
