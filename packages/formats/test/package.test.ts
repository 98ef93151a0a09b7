// The package as a stranger gets it: @vmvc/formats and the @vmvc/content it depends on, packed and installed
// from their tarballs into a fresh project; the `vmvc` command run from there (and by its old name), the
// library used from ESM, CommonJS and TypeScript.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  folderBytes,
  installedPackages,
  installPacked,
  lintPublished,
  typecheckConsumer,
} from '@vmvc/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'vmvc-formats-consumer-'));
let consumer = '';
let tarballFiles: string[] = [];

const node = (args: string[]) => exec(process.execPath, args, { cwd: consumer, maxBuffer: 1 << 26 });
const bin = (name: string) => join(consumer, 'node_modules', '.bin', name);

beforeAll(async () => {
  const install = await installPacked([join(repoRoot, 'packages', 'content'), packageDir], work);
  consumer = install.consumer;
  tarballFiles = install.tarballFiles['@vmvc/formats'] ?? [];
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed @vmvc/formats', () => {
  it('ships the command, the build, the font, the README and the licences, and nothing else', () => {
    // Chunks the build splits off (the font subsetting, loaded when the Marp export asks for it), by hash.
    const chunk = /^dist\/[\w-]+-[\w-]{8}\.(?:mjs|cjs)$/;
    expect(tarballFiles.filter((file) => !chunk.test(file))).toEqual([
      'LICENSE',
      'README.md',
      'bin/vmvc.mjs',
      'dist/cli.mjs',
      'dist/fonts/LICENSE_FONT',
      'dist/fonts/NotoSansKR_400Regular.ttf',
      'dist/fonts/NotoSansKR_700Bold.ttf',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.mts',
      'dist/index.mjs',
      'package.json',
    ]);
  });

  it('names every runtime dependency in its README, each with the reason it is there', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      expect(readme, name).toMatch(new RegExp(`^- \`${name.replace(/[/.]/g, '\\$&')}\`[^\\n]*: \\S`, 'm'));
    }
    // The private packages it is built from are bundled, never installed.
    expect(Object.keys(pkg.dependencies).filter((name) => name !== '@vmvc/content')).not.toContainEqual(
      expect.stringMatching(/^@vmvc\//),
    );
    expect(installedPackages(consumer).filter((name) => name.startsWith('@vmvc/'))).toEqual([
      '@vmvc/content',
      '@vmvc/formats',
    ]);
  });

  it('validates a lecture file with `vmvc validate`, and under its old name `vmvc-content`', async () => {
    const data = join(consumer, 'node_modules', '@vmvc', 'content', 'data.json');
    for (const name of ['vmvc', 'vmvc-content']) {
      const { stdout } = await exec(bin(name), ['validate', data], { cwd: consumer });
      expect(stdout, name).toBe('valid\n');
    }
    const broken = JSON.parse(readFileSync(data, 'utf8'));
    broken.references[0].URL = 'http://example.com/';
    writeFileSync(join(consumer, 'broken.json'), JSON.stringify(broken));
    const failure = await exec(bin('vmvc'), ['validate', 'broken.json'], { cwd: consumer }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^broken\.json: references\[0\]\.URL: /),
    });
  });

  it('exports a file where the user asked, relative to where the command ran', async () => {
    const { stdout } = await exec(bin('vmvc'), ['export', '--format', 'gift', '--out', 'quiz.txt'], {
      cwd: consumer,
    });
    expect(stdout).toBe('wrote quiz.txt (gift)\n');
    expect(readFileSync(join(consumer, 'quiz.txt'), 'utf8')).toMatch(/^\/\/ /);
  });

  it('writes a Marp deck that carries its font, the command and CommonJS finding the font as installed', async () => {
    const { stdout } = await exec(bin('vmvc'), ['export', '--format', 'marp'], {
      cwd: consumer,
      maxBuffer: 1 << 26,
    });
    expect(stdout).toMatch(/^---\nmarp: true\n/);
    expect(stdout).toMatch(
      /@font-face \{\n {2}font-family: "Noto Sans KR";[^}]*url\("data:font\/woff2;base64,/,
    );
    // The same deck from CommonJS, compared by hash (a deck is longer than one command-line argument may be).
    const cjs = await node([
      '-e',
      `const { lecture } = require('@vmvc/content');
       const f = require('@vmvc/formats');
       f.marpFont(lecture).then((font) => console.log(require('node:crypto').createHash('sha256')
         .update(f.exportMarp(lecture, { font })).digest('hex')));`,
    ]);
    expect(cjs.stdout.trim()).toBe(createHash('sha256').update(stdout).digest('hex'));
  });

  it('loads with import: the formats, and validation with the lecture’s paths', async () => {
    const { stdout } = await node([
      '--input-type=module',
      '-e',
      `import { lecture } from '@vmvc/content';
       import { exportFormats, exportCslJson, formatProblem, validateLecture } from '@vmvc/formats';
       const broken = structuredClone(lecture); broken.terms[0].definition = '   ';
       const checked = validateLecture(broken);
       console.log(JSON.stringify({
         formats: exportFormats.map((f) => f.name),
         references: JSON.parse(exportCslJson(lecture)).length,
         valid: validateLecture(lecture).ok,
         problems: checked.ok ? [] : checked.problems.map(formatProblem),
       }));`,
    ]);
    const out = JSON.parse(stdout);
    expect(out.formats).toContain('moodle-xml');
    expect(out).toMatchObject({
      references: 6,
      valid: true,
      problems: ['terms[0].definition: whitespace-only text: expected words'],
    });
  });

  it('type-checks a TypeScript consumer against the published types of both packages', async () => {
    const report = await typecheckConsumer(consumer, {
      'good.mts': `import { lecture, type Lecture } from '@vmvc/content';
import { type ExportFormat, getExportFormat, validateLecture } from '@vmvc/formats';
const format: ExportFormat | undefined = getExportFormat('ris');
const result = validateLecture(JSON.parse('{}'));
const checked: Lecture | undefined = result.ok ? result.lecture : undefined;
const problems: string[] = result.ok ? [] : result.problems.map((p) => p.path + ': ' + p.message);
export { checked, format, lecture, problems };
`,
    });
    expect(report).toBe('');
  }, 300_000);

  it('weighs what its README says it weighs, installed', () => {
    const sizes = /Installed, it brings (\d+) packages and ([\d.]+) MB/.exec(readme.replace(/\s+/g, ' '));
    const measured = {
      packages: installedPackages(consumer).length,
      megabytes: Math.round(folderBytes(join(consumer, 'node_modules')) / 1e5) / 10,
    };
    expect(
      sizes,
      `the README states the installed size (measured: ${JSON.stringify(measured)})`,
    ).not.toBeNull();
    expect(measured.packages).toBe(Number(sizes![1]));
    expect(Math.abs(measured.megabytes - Number(sizes![2]))).toBeLessThan(1.5);
  });

  it('passes publint and arethetypeswrong', async () => {
    const { publint, typeProblems } = await lintPublished(packageDir);
    expect(publint).not.toMatch(/error|warning|suggestion/i);
    expect(typeProblems).toEqual([]);
  }, 120_000);
});
