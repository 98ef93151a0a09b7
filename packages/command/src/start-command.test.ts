// startCommand with streams in place of the process's: a reader that has gone (EPIPE) is exit 1, one line.
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defineCommand } from './define-command.ts';
import { startCommand } from './start-command.ts';

const lines = defineCommand({
  name: 'lines',
  usage: 'usage: lines',
  run({ io }) {
    for (let i = 0; i < 3; i += 1) io.stdout(`line ${i}`);
  },
});

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  return () => text;
}

describe('startCommand', () => {
  it('writes the lines to stdout and exits 0', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const [out, err] = [collect(stdout), collect(stderr)];
    expect(await startCommand(lines, { argv: [], stdout, stderr, signals: false })).toBe(0);
    expect(out()).toBe('line 0\nline 1\nline 2\n');
    expect(err()).toBe('');
  });

  it('exits 1 with one line when stdout cannot be written (EPIPE: the reader has gone)', async () => {
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = new PassThrough();
    const err = collect(stderr);
    expect(await startCommand(lines, { argv: [], stdout, stderr, signals: false })).toBe(1);
    expect(err()).toBe('lines: could not write to standard output (EPIPE): the output is incomplete\n');
  });

  it('makes messages safe for the terminal', async () => {
    const stderr = new PassThrough();
    const err = collect(stderr);
    const code = await startCommand(lines, {
      argv: ['--\u001b[31mred'],
      stdout: new PassThrough(),
      stderr,
      signals: false,
    });
    expect(code).toBe(2);
    expect(err()).toContain('\\u001b[31mred');
    expect(err()).not.toContain('\u001b');
  });
});
