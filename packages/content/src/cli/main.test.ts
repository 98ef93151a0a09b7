import { execFile } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse as parseGift } from 'gift-pegjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import { exportFormats, getExportFormat } from '../exports/formats.ts';
import { quizQuestions } from '../exports/gift.ts';
import { main } from './main.ts';

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

describe('vmvc-content export', () => {
  const names = exportFormats.map((f) => f.name);
  const listsEveryFormat = (text: string) => {
    const lines = text.split('\n');
    for (const format of exportFormats) {
      const line = lines.find((l) => l.startsWith(`  ${format.name} `));
      expect(line, format.name).toMatch(new RegExp(`^  ${format.name} +\\${format.extension} +`));
      expect(line!.endsWith(format.description)).toBe(true);
    }
  };

  it.each(names)('writes %s to stdout', async (name) => {
    const { code, stdout, stderr } = await run('export', '--format', name);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(getExportFormat(name)!.render(lecture));
  });

  it.each(names)('writes %s to a file with --out, and nothing half-written is left behind', async (name) => {
    const out = join('out', `lecture-${name}${getExportFormat(name)!.extension}`);
    mkdirSync(join(dir, 'out'), { recursive: true });
    writeFileSync(join(dir, out), 'an older export');
    const { code, stdout, stderr } = await run('export', `--format=${name}`, '--out', out);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `wrote ${out} (${name})\n`, stderr: '' });
    expect(readFileSync(join(dir, out), 'utf8')).toBe(getExportFormat(name)!.render(lecture));
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('chooses the CSV table with --table: the comparison by default, or the products', async () => {
    const comparison = await run('export', '--format', 'csv');
    expect(comparison.stdout.split('\r\n')[0]).toBe('id,aspect,vm,container');
    expect((await run('export', '--format', 'csv', '--table', 'comparison')).stdout).toBe(comparison.stdout);
    const products = await run('export', '--format', 'csv', '--table', 'products');
    expect(products.code).toBe(0);
    expect(products.stdout.split('\r\n')[0]).toMatch(/^id,name,kind,category,/);
  });

  it('exits 2 and lists the formats for an unknown or a missing format', async () => {
    const unknown = await run('export', '--format', 'docx');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^vmvc-content export: unknown format "docx"\n/);
    listsEveryFormat(unknown.stderr);

    const missing = await run('export');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^vmvc-content export: missing --format\n/);
    listsEveryFormat(missing.stderr);
  });

  it('exits 2 for a wrong table, an unknown option or an unwritable --out, and writes nothing', async () => {
    expect(await run('export', '--format', 'gift', '--table', 'products')).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('--table applies to the csv format only'),
    });
    expect(await run('export', '--format', 'csv', '--table', 'terms')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown table "terms": expected comparison or products'),
    });
    expect(await run('export', '--format', 'gift', '--verbose')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--verbose'"),
    });
    expect(await run('export', '--format', 'gift', '--out', 'new-dir/quiz.txt')).toMatchObject({ code: 0 });
    expect(existsSync(join(dir, 'new-dir', 'quiz.txt'))).toBe(true);
  });

  it('refuses to write through a symbolic link or over a device, and leaves both as they were', async () => {
    writeFileSync(join(dir, 'victim.txt'), 'precious');
    symlinkSync(join(dir, 'victim.txt'), join(dir, 'link.bib'));
    expect(await run('export', '--format', 'bibtex', '--out', 'link.bib')).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^link\.bib: is a symbolic link: refusing to write through it/),
    });
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('precious');
    // As root, the old writer replaced the device node /dev/full with a regular file.
    expect(await run('export', '--format', 'gift', '--out', '/dev/full')).toEqual({
      code: 2,
      stdout: '',
      stderr: '/dev/full: is a device: expected a regular file or a new name\n',
    });
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('lists the formats with --help, and the top-level usage names the command', async () => {
    const help = await run('export', '--help');
    expect(help.code).toBe(0);
    listsEveryFormat(help.stdout);
    const usage = await run('help');
    expect(usage.stdout).toContain('vmvc-content export --format FORMAT [--table TABLE] [--out FILE]');
    listsEveryFormat(usage.stdout);
  });
});

describe('the built vmvc-content binary', () => {
  const bin = fileURLToPath(new URL('../../bin/vmvc-content.mjs', import.meta.url));
  const exec = promisify(execFile);

  it('is linked by `npm ci` in the repository, so `npx vmvc-content` never asks the registry', () => {
    // npm links a bin only if its file exists at install time: the entry is committed, not built.
    const linked = fileURLToPath(new URL('../../../../node_modules/.bin/vmvc-content', import.meta.url));
    expect(realpathSync(linked)).toBe(realpathSync(bin));
  });

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

  it('exports from the shell: a GIFT quiz to stdout, BibTeX to a file, exit 2 for an unknown format', async () => {
    const gift = await exec(process.execPath, [bin, 'export', '--format', 'gift'], { cwd: dir });
    expect(parseGift(gift.stdout)).toHaveLength(quizQuestions(lecture).length);
    const written = await exec(process.execPath, [bin, 'export', '--format', 'bibtex', '--out', 'refs.bib'], {
      cwd: dir,
    });
    expect(written.stdout).toBe('wrote refs.bib (bibtex)\n');
    expect(readFileSync(join(dir, 'refs.bib'), 'utf8')).toBe(getExportFormat('bibtex')!.render(lecture));
    await expect(
      exec(process.execPath, [bin, 'export', '--format', 'pdf'], { cwd: dir }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "pdf"') });
  });
});
