// What `vmvc validate` and `vmvc export --input` say of a file they must not read as a lecture: bytes that
// are not UTF-8, a file over the bound, a named pipe, a device, a folder. Each is refused at once with exit 2.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo, runCommand } from '@vmvc/command';
import { lecture } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxUserFileBytes } from './read-user-file.ts';
import { utf8ErrorOffset } from './utf8-error-offset.ts';
import { vmvc } from './vmvc.ts';

const dir = mkdtempSync(join(tmpdir(), 'vmvc-read-'));

async function run(...argv: string[]) {
  const io = memoryIo(dir);
  const started = performance.now();
  const code = await runCommand(vmvc, argv, io);
  return {
    code,
    stdout: io.bytes().toString('utf8'),
    stderr: io.err.join('\n'),
    seconds: (performance.now() - started) / 1000,
  };
}

beforeAll(() => {
  // "Tür" with its ü in Latin-1 (0xFC): read leniently it would become U+FFFD and validate.
  const json = Buffer.from(JSON.stringify(lecture, null, 2));
  const at = json.indexOf('"title"') + 10;
  writeFileSync(
    join(dir, 'latin1.json'),
    Buffer.concat([json.subarray(0, at), Buffer.from([0xfc]), json.subarray(at)]),
  );
  // 200 MB that take no disk: the size alone must refuse it.
  writeFileSync(join(dir, 'huge.json'), '');
  truncateSync(join(dir, 'huge.json'), 200 * 1024 * 1024);
  execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  mkdirSync(join(dir, 'folder.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file that is not a lecture file', () => {
  it('refuses bytes that are not UTF-8, naming the byte and its offset', async () => {
    const json = Buffer.from(JSON.stringify(lecture, null, 2));
    const offset = json.indexOf('"title"') + 10;
    const result = await run('validate', 'latin1.json');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      `latin1.json: not UTF-8: byte 0xFC at byte offset ${offset} (line 3): expected a lecture JSON file in UTF-8`,
    );
  });

  it('refuses a file over the bound from its size, without reading it', async () => {
    const result = await run('validate', 'huge.json');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('huge.json: is 200 MB: expected at most 16 MB for a lecture JSON file');
    expect(result.seconds).toBeLessThan(1);
  });

  it.each([
    ['pipe.json', 'pipe.json: is a named pipe: expected a lecture JSON file'],
    ['/dev/zero', '/dev/zero: is a device: expected a lecture JSON file'],
    ['folder.json', 'folder.json: is a folder: expected a lecture JSON file'],
  ])('names what %s is, at once', async (file, message) => {
    const result = await run('validate', file);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: message });
    expect(result.seconds).toBeLessThan(1);
  });

  it('refuses the same way for export --input', async () => {
    const result = await run('export', '--format', 'csv', '--input', '/dev/zero');
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: '/dev/zero: is a device: expected a lecture JSON file',
    });
  });

  it('never reads a device as the Anki package an apkg export goes on from', async () => {
    const result = await run('export', '--format', 'apkg', '--out', '/dev/zero');
    expect(result).toMatchObject({ code: 2, stderr: '/dev/zero: is a device: expected an Anki package' });
  });

  it('still reads a file at the bound', async () => {
    const padded = Buffer.alloc(maxUserFileBytes, 0x20);
    Buffer.from(JSON.stringify(lecture)).copy(padded);
    writeFileSync(join(dir, 'padded.json'), padded);
    expect(await run('validate', 'padded.json')).toMatchObject({ code: 0, stdout: 'valid\n' });
  });
});

describe('utf8ErrorOffset', () => {
  it.each([
    ['well-formed text, Hangul and an emoji', Buffer.from('가상 머신 🧨'), -1],
    ['a lone continuation byte', Buffer.from([0x41, 0x80]), 1],
    ['an overlong slash', Buffer.from([0x41, 0xc0, 0xaf]), 1],
    ['an encoded surrogate', Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80]), 2],
    ['a code point past U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
    ['a sequence cut off at the end', Buffer.from([0x41, 0xea, 0xb0]), 1],
  ])('%s', (_, bytes, offset) => {
    expect(utf8ErrorOffset(bytes)).toBe(offset);
  });
});
