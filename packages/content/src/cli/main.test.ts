import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'vmvc-cli-'));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

beforeAll(() => {
  writeFileSync(join(dir, 'lecture.json'), JSON.stringify(lecture));
  const broken = structuredClone(lecture) as unknown as Record<string, any>;
  broken.references[3].accessed = { 'date-parts': [[2020, 1, 1]] };
  broken.terms[0].definition = '   ';
  writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken, null, 2));
  writeFileSync(join(dir, 'not-json.json'), '{\n  "meta": {\n    "title": "VM vs Container",\n  }\n}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vmvc-content validate', () => {
  it('says "valid" and exits 0 for a valid lecture', async () => {
    expect(await run('validate', 'lecture.json')).toEqual({ code: 0, stdout: 'valid\n', stderr: '' });
  });

  it('prints one line per problem, naming the file and the path, and exits 1', async () => {
    const { code, stdout, stderr } = await run('validate', 'broken.json');
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'broken.json: references[3].accessed: accessed 2020-01-01 is before issued 2024-02-21: expected a date on or after the issued date',
      'broken.json: terms[0].definition: whitespace-only text: expected words',
    ]);
    expect(stderr).toBe('2 problems in broken.json\n');
  });

  it('exits 2 for a file that is not JSON, saying where it breaks', async () => {
    const { code, stdout, stderr } = await run('validate', 'not-json.json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^not-json\.json: not valid JSON/);
    expect(stderr).toMatch(/line 4/);
  });

  it('exits 2 for a missing file', async () => {
    expect(await run('validate', 'nowhere.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'nowhere.json: cannot read: no such file\n',
    });
  });

  it('exits 2 with usage for a missing argument or an unknown command', async () => {
    expect((await run('validate')).code).toBe(2);
    const unknown = await run('publish');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "publish"');
    expect(unknown.stderr).toContain('vmvc-content validate FILE.json');
  });
});

describe('the built vmvc-content binary', () => {
  const bin = fileURLToPath(new URL('../../dist/cli.mjs', import.meta.url));
  const exec = promisify(execFile);

  it('validates a file from the shell with the same exit codes', async () => {
    const ok = await exec(process.execPath, [bin, 'validate', 'lecture.json'], { cwd: dir });
    expect(ok.stdout).toBe('valid\n');
    await expect(
      exec(process.execPath, [bin, 'validate', 'broken.json'], { cwd: dir }),
    ).rejects.toMatchObject({
      code: 1,
    });
    await expect(
      exec(process.execPath, [bin, 'validate', 'nowhere.json'], { cwd: dir }),
    ).rejects.toMatchObject({
      code: 2,
    });
  });
});
