// `vmvc export --format F [--input LECTURE.json] [--table T] [--out FILE]`: writes a lecture (the
// built-in one, or any lecture file, validated first) in a format other course tools read, to stdout or a file.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Lecture, lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { WriteError, writeFiles } from '@vmvc/write-files';
import { type CsvTable, csvTables, exportFormats, getExportFormat } from '../formats.ts';
import { type CliIo, exitCode } from './io.ts';
import { reportProblems } from './problem-report.ts';
import { readJsonFile } from './read-json-file.ts';
import { printable } from './terminal-text.ts';

export const exportUsage = 'vmvc export --format FORMAT [--input LECTURE.json] [--table TABLE] [--out FILE]';

/** The formats, one a line: name, file extension, what it holds. */
export function formatList(): string {
  const width = Math.max(...exportFormats.map((f) => f.name.length));
  const lines = exportFormats.map(
    (f) => `  ${f.name.padEnd(width)}  ${f.extension.padEnd(5)}  ${f.description}`,
  );
  return `formats:\n${lines.join('\n')}\n`;
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`vmvc export: ${problem}\nusage: ${exportUsage}\n${formatList()}`);
  return exitCode.usage;
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  let values: { format?: string; input?: string; out?: string; table?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f' },
        input: { type: 'string', short: 'i' },
        out: { type: 'string', short: 'o' },
        table: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (values.help) {
    io.stdout(`usage: ${exportUsage}\n${formatList()}`);
    return exitCode.ok;
  }
  if (!values.format) return usage(io, 'missing --format');
  const format = getExportFormat(values.format);
  if (!format) return usage(io, `unknown format "${values.format}"`);
  if (values.table !== undefined && format.name !== 'csv') {
    return usage(io, `--table applies to the csv format only`);
  }
  if (values.table !== undefined && !(csvTables as readonly string[]).includes(values.table)) {
    return usage(io, `unknown table "${values.table}": expected ${csvTables.join(' or ')}`);
  }
  if (values.out === '') return usage(io, '--out needs a file name');
  if (values.input === '') return usage(io, '--input needs a file name');

  let source: Lecture = lecture;
  if (values.input !== undefined) {
    // Any lecture file, checked as `validate` checks it: an export never carries an invalid lecture.
    const read = await readJsonFile(values.input, io.cwd);
    if (!read.ok) {
      io.stderr(`${printable(read.error)}\n`);
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
    return usage(io, `${format.name} is a binary file: give --out FILE, or redirect the output`);
  }
  const output = await format.render(source, { table: values.table as CsvTable | undefined });
  if (values.out === undefined) {
    io.stdout(output);
    return exitCode.ok;
  }
  const target = resolve(io.cwd, values.out);
  try {
    // Written whole beside the target and renamed into place, never through a symbolic link or over
    // anything but a regular file; a failed write leaves the old file as it was.
    await writeFiles([{ path: target, data: output }]);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    const where = error.path === target ? values.out : error.path;
    io.stderr(`${where}: ${error.reason}\n`);
    return exitCode.usage;
  }
  io.stdout(`wrote ${printable(values.out)} (${format.name})\n`);
  return exitCode.ok;
}
