// runCommand as a person meets it: usage, --help, a bad option, a bad value, an unexpected error, --out.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCommand } from './define-command.ts';
import { memoryIo } from './memory-io.ts';
import { runCommand } from './run-command.ts';
import { UsageError } from './usage-error.ts';

const captureIo = (cwd = '/home/lecturer/course') => memoryIo(cwd);

const usage = 'Usage: npm run print -- [--out DIR] [--paper a4|letter]';
const print = defineCommand({
  name: 'print',
  usage,
  options: { out: { type: 'string' }, paper: { type: 'string' } },
  run({ values, io }) {
    if (values.paper !== undefined && values.paper !== 'a4') {
      throw new UsageError(`unknown paper "${values.paper}": expected a4`);
    }
    io.stdout(`writing to ${resolve(io.cwd, values.out ?? 'dist')}`);
    return 0;
  },
});

describe('runCommand', () => {
  it('prints the usage on --help and -h, to stdout, exit 0', async () => {
    for (const flag of ['--help', '-h']) {
      const io = captureIo();
      expect(await runCommand(print, [flag], io)).toBe(0);
      expect(io.out).toEqual([usage]);
      expect(io.err).toEqual([]);
    }
  });

  it('answers an unknown option with one line and the usage, exit 2', async () => {
    const io = captureIo();
    expect(await runCommand(print, ['--colour', 'blue'], io)).toBe(2);
    expect(io.err).toEqual(["print: Unknown option '--colour'", usage]);
    expect(io.out).toEqual([]);
  });

  it('answers a stray argument and a missing value the same way', async () => {
    for (const argv of [['handout'], ['--out']]) {
      const io = captureIo();
      expect(await runCommand(print, argv, io), argv.join(' ')).toBe(2);
      expect(io.err).toHaveLength(2);
      expect(io.err[1]).toBe(usage);
    }
  });

  it('answers a value the command rejects (UsageError) with one line and the usage, exit 2', async () => {
    const io = captureIo();
    expect(await runCommand(print, ['--paper', 'a5'], io)).toBe(2);
    expect(io.err).toEqual(['print: unknown paper "a5": expected a4', usage]);
  });

  it('takes a relative --out from where the command was run', async () => {
    const io = captureIo('/home/lecturer/course');
    expect(await runCommand(print, ['--out', 'print/'], io)).toBe(0);
    expect(io.out).toEqual(['writing to /home/lecturer/course/print']);
  });

  it('reports an unexpected error as one line, without a stack, exit 1', async () => {
    const broken = defineCommand({
      name: 'broken',
      usage: 'usage: broken',
      run() {
        throw new TypeError('cannot read the lecture\n    at somewhere (file.ts:1:1)');
      },
    });
    const io = captureIo();
    expect(await runCommand(broken, [], io, { debug: false })).toBe(1);
    expect(io.err).toEqual(['broken: cannot read the lecture']);
    const debugIo = captureIo();
    await runCommand(broken, [], debugIo, { debug: true });
    expect(debugIo.err.length).toBeGreaterThan(1);
  });

  it('hands a command that asks for it the lecture of the content build', async () => {
    let title: string | undefined;
    const lectureCommand = defineCommand({
      name: 'lecture',
      usage: 'usage: lecture',
      currentContent: true,
      run({ lecture }) {
        title = lecture.meta.title;
      },
    });
    const io = captureIo();
    // The tests run after the content's build (turbo's test task depends on it).
    expect(await runCommand(lectureCommand, [], io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(title).toBe((await import('@vmvc/content')).lecture.meta.title);
  });
});
