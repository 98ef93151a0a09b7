import { execFile, spawn } from 'node:child_process';
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
import { memoryIo, runCommand } from '@vmvc/command';
import { lecture } from '@vmvc/content';
import { parse as parseGift } from 'gift-pegjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFormats, getExportFormat } from '../formats.ts';
import { questionBank } from '../quiz/question-bank.ts';
import { readAnkiPackage } from '../test-support/anki-package.ts';
import { exportUsage } from './export-command.ts';
import { vmvc } from './vmvc.ts';

const dir = mkdtempSync(join(tmpdir(), 'vmvc-cli-'));

/** Runs the command in-process: exit code, stdout as bytes and as text, stderr. */
async function runForBytes(...argv: string[]) {
  const io = memoryIo(dir);
  const code = await runCommand(vmvc, argv, io);
  const bytes = io.bytes();
  return { code, stdout: bytes.toString('utf8'), bytes, stderr: io.err.map((line) => `${line}\n`).join('') };
}

/** Runs the command in-process: what a user sees, as text. */
async function run(...argv: string[]) {
  const { code, stdout, stderr } = await runForBytes(...argv);
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

describe('vmvc validate', () => {
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
    expect(unknown.stderr).toContain('vmvc validate FILE.json');
  });
});

describe('vmvc export', () => {
  const names = exportFormats.map((f) => f.name);
  const listsEveryFormat = (text: string) => {
    const lines = text.split('\n');
    for (const format of exportFormats) {
      const line = lines.find((l) => l.startsWith(`  ${format.name} `));
      expect(line, format.name).toMatch(new RegExp(`^  ${format.name} +\\${format.extension} +`));
      expect(line!.endsWith(format.description)).toBe(true);
    }
  };

  /** The bytes a format writes for the built-in lecture. */
  const expected = async (name: string) => Buffer.from(await getExportFormat(name)!.render(lecture));

  it.each(names)('writes %s to stdout', async (name) => {
    const { code, bytes, stderr } = await runForBytes('export', '--format', name);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(bytes.equals(await expected(name))).toBe(true);
  });

  it.each(names)('writes %s to a file with --out, and nothing half-written is left behind', async (name) => {
    const out = join('out', `lecture-${name}${getExportFormat(name)!.extension}`);
    mkdirSync(join(dir, 'out'), { recursive: true });
    // The Anki package goes on from the one it replaces, which must be one (see the tests below).
    const older = getExportFormat(name)!.continuesPrevious ? await expected(name) : 'an older export';
    writeFileSync(join(dir, out), older);
    const { code, stdout, stderr } = await run('export', `--format=${name}`, '--out', out);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `wrote ${out} (${name})\n`, stderr: '' });
    expect(readFileSync(join(dir, out)).equals(await expected(name))).toBe(true);
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
    expect(unknown.stderr).toMatch(/^vmvc export: unknown format "docx"\n/);
    listsEveryFormat(unknown.stderr);

    const missing = await run('export');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^vmvc export: missing --format\n/);
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

  it('exports a lecture file of its own with --input, validated first', async () => {
    const own = structuredClone(lecture);
    own.meta.title = 'Containers in Practice';
    own.terms[0]!.term = 'Namespace';
    writeFileSync(join(dir, 'own.json'), JSON.stringify(own));
    const { code, stdout, stderr } = await run('export', '--format', 'markdown', '--input', 'own.json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout.split('\n')[0]).toBe('# Containers in Practice');
    expect(stdout).toContain('**Namespace**');
    expect(stdout).not.toContain('# VM vs Container');
  });

  it('refuses to print a binary format to a terminal, and writes it to a pipe or a file', async () => {
    const binary = exportFormats.filter((f) => f.binary).map((f) => f.name);
    expect(binary).toEqual(expect.arrayContaining(['apkg', 'qti']));
    for (const name of binary) {
      const terminal = memoryIo(dir, true);
      const code = await runCommand(vmvc, ['export', '--format', name], terminal);
      expect({ name, code, printed: terminal.bytes().length }).toEqual({ name, code: 2, printed: 0 });
      const piped = await runForBytes('export', '--format', name);
      expect(piped.code).toBe(0);
      expect(piped.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
  });

  it('refuses an invalid --input with its problems, exit 1, and writes nothing', async () => {
    const broken = structuredClone(lecture) as unknown as { meta: { date: string }; terms: unknown[] };
    broken.meta.date = '2024-02-30';
    broken.terms[0] = { id: 7 };
    writeFileSync(join(dir, 'broken-own.json'), JSON.stringify(broken));
    const result = await run('export', '-f', 'csv', '-i', 'broken-own.json', '--out', 'never.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('broken-own.json: meta.date: 2024-02-30 is not a day of the calendar');
    expect(result.stdout).toContain('broken-own.json: terms[0].id: expected string, received number');
    expect(result.stderr).toMatch(/^\d+ problems in broken-own\.json\n/);
    expect(existsSync(join(dir, 'never.csv'))).toBe(false);
    const missing = await run('export', '-f', 'csv', '-i', 'nowhere.json');
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('nowhere.json: cannot read'),
    });
    expect((await run('export', '-f', 'csv', '--input=')).code).toBe(2);
  });

  it('exports an Anki package over the previous one: only the edited note is newer', async () => {
    const own = structuredClone(lecture);
    writeFileSync(join(dir, 'anki-lecture.json'), JSON.stringify(own));
    const exportOver = () =>
      run('export', '-f', 'apkg', '-i', 'anki-lecture.json', '--out', 'flashcards.apkg');
    expect(await exportOver()).toEqual({ code: 0, stdout: 'wrote flashcards.apkg (apkg)\n', stderr: '' });
    const packages = [await readAnkiPackage(readFileSync(join(dir, 'flashcards.apkg')))];
    // The same lecture over its own package: the same bytes.
    const firstBytes = readFileSync(join(dir, 'flashcards.apkg'));
    expect((await exportOver()).code).toBe(0);
    expect(readFileSync(join(dir, 'flashcards.apkg')).equals(firstBytes)).toBe(true);
    for (const edit of ['First edit.', 'Second edit.', 'Third edit.']) {
      own.terms[1]!.definition = `${lecture.terms[1]!.definition} ${edit}`;
      writeFileSync(join(dir, 'anki-lecture.json'), JSON.stringify(own));
      expect((await exportOver()).code).toBe(0);
      packages.push(await readAnkiPackage(readFileSync(join(dir, 'flashcards.apkg'))));
    }
    const edited = packages[0]!.notes.find((n) => n.fields[0] === own.terms[1]!.term)!.guid;
    for (const [i, after] of packages.slice(1).entries()) {
      const before = new Map(packages[i]!.notes.map((n) => [n.guid, n]));
      for (const note of after.notes) {
        const old = before.get(note.guid)!;
        if (note.guid === edited) {
          expect(note.fields[1]).toContain(['First edit.', 'Second edit.', 'Third edit.'][i]);
          expect(note.mod).toBeGreaterThan(old.mod);
        } else {
          expect([note.mod, note.fields]).toEqual([old.mod, old.fields]);
        }
      }
    }
  });

  it('refuses to export an Anki package over a file that is not one, and leaves it as it was', async () => {
    writeFileSync(join(dir, 'notes.apkg'), 'my notes');
    const result = await run('export', '-f', 'apkg', '--out', 'notes.apkg');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^notes\.apkg: not an Anki package \(not a zip file\)/);
    expect(readFileSync(join(dir, 'notes.apkg'), 'utf8')).toBe('my notes');
  });

  it('lists the formats with --help, and the top-level usage names the command', async () => {
    const help = await run('export', '--help');
    expect(help.code).toBe(0);
    listsEveryFormat(help.stdout);
    const usage = await run('help');
    expect(usage.stdout).toContain(exportUsage);
    listsEveryFormat(usage.stdout);
  });
});

describe('the built vmvc binary', () => {
  const bin = fileURLToPath(new URL('../../bin/vmvc.mjs', import.meta.url));
  const exec = promisify(execFile);

  it('is linked by `npm ci` in the repository, so `npx vmvc` never asks the registry', () => {
    // npm links a bin only if its file exists at install time: the entry is committed, not built.
    const linked = fileURLToPath(new URL('../../../../node_modules/.bin/vmvc', import.meta.url));
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

  it('refuses a character the outputs cannot show, exit 1, naming the path and U+1F9E8, and writes nothing', async () => {
    const bad = structuredClone(lecture);
    bad.terms[1]!.definition = 'Goes 🧨 at scale';
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const message =
      'bad.json: terms[1].definition: U+1F9E8 "🧨" at character 6 cannot be shown: ' +
      "the lecture's font (Noto Sans KR) has no glyph for it; " +
      'expected characters the deck, the PDFs and the PowerPoint can draw\n';
    await expect(exec(process.execPath, [bin, 'validate', 'bad.json'], { cwd: dir })).rejects.toMatchObject({
      code: 1,
      stdout: message,
      stderr: '1 problem in bad.json\n',
    });
    await expect(
      exec(process.execPath, [bin, 'export', '-f', 'qti', '--input', 'bad.json', '--out', 'bad.zip'], {
        cwd: dir,
      }),
    ).rejects.toMatchObject({ code: 1, stdout: message });
    expect(existsSync(join(dir, 'bad.zip'))).toBe(false);
  });

  it('exports from the shell: a GIFT quiz to stdout, BibTeX to a file, exit 2 for an unknown format', async () => {
    const gift = await exec(process.execPath, [bin, 'export', '--format', 'gift'], { cwd: dir });
    const questions = parseGift(gift.stdout).filter((q) => q.type !== 'Category');
    expect(questions).toHaveLength(questionBank(lecture).length);
    const written = await exec(process.execPath, [bin, 'export', '--format', 'bibtex', '--out', 'refs.bib'], {
      cwd: dir,
    });
    expect(written.stdout).toBe('wrote refs.bib (bibtex)\n');
    expect(readFileSync(join(dir, 'refs.bib'), 'utf8')).toBe(
      await getExportFormat('bibtex')!.render(lecture),
    );
    await expect(
      exec(process.execPath, [bin, 'export', '--format', 'pdf'], { cwd: dir }),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('unknown format "pdf"') });
  });
});

describe('the command with hostile files and broken outputs', () => {
  const bin = fileURLToPath(new URL('../../bin/vmvc.mjs', import.meta.url));
  const exec = promisify(execFile);
  const shell = (script: string) =>
    exec('bash', ['-c', script], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
  const node = `"${process.execPath}" "${bin}"`;
  const lectureJson = () => JSON.parse(readFileSync(join(dir, 'lecture.json'), 'utf8'));

  it('shows escape sequences from a file as text, never as commands to the terminal', async () => {
    const hostile = lectureJson();
    hostile['\u001b]0;pwned\u0007'] = 1;
    writeFileSync(join(dir, '\u001b[2Jesc.json'), JSON.stringify(hostile));
    const result = await shell(`${node} validate $'\\e[2Jesc.json'`);
    expect(result.code).toBe(1);
    for (const raw of ['\u001b', '\u0007']) expect(result.stdout + result.stderr).not.toContain(raw);
    expect(result.stdout).toContain('\\u001b[2Jesc.json: (document): unknown field "\\u001b]0;pwned\\u0007"');
  });

  it('summarises a file with a huge number of problems instead of crashing', async () => {
    const huge = lectureJson();
    huge.sections[0].slides = Array(130_000).fill({ id: 1, title: 2, bullets: 3, notes: 4 });
    writeFileSync(join(dir, 'huge.json'), JSON.stringify(huge));
    expect(await shell(`${node} validate huge.json`)).toMatchObject({
      code: 1,
      stdout: 'huge.json: sections[0].slides: 130,000 items: expected at most 10,000\n',
    });
    const many = lectureJson();
    many.terms = Array(500).fill({ id: 'x' });
    writeFileSync(join(dir, 'many.json'), JSON.stringify(many));
    const result = await shell(`${node} validate many.json`);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(101);
    expect(lines.at(-1)).toMatch(/^… and [\d,]+ more$/);
    expect(result.stderr).toMatch(
      /^[\d,]+ problems in many\.json\nnot checked until the lecture's shape is right: unique-ids, /,
    );
  });

  it('fails, exit 1, when its output cannot be written: closed, or a pipe whose reader has gone', async () => {
    const closed = await shell(`${node} export --format gift >&-`);
    expect(closed).toMatchObject({ code: 1, stderr: expect.stringContaining('standard output is closed') });
    // A pipe whose reader has gone before the command writes: every write fails with EPIPE.
    const child = spawn(process.execPath, [bin, 'export', '--format', 'gift'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({
      code: 1,
      stderr: 'vmvc: could not write to standard output (EPIPE): the output is incomplete\n',
    });
    // Sent to /dev/null on purpose, it is a success.
    expect(await shell(`${node} export --format gift > /dev/null`)).toMatchObject({ code: 0 });
  });

  it('refuses at once an output folder it cannot create, under /proc', async () => {
    const started = performance.now();
    expect(await shell(`${node} export --format gift --out /proc/vmvc/quiz.txt`)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('/proc/vmvc: cannot create this folder'),
    });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
