// The package as a stranger gets it: packed, installed from the tarball into a fresh project, then used
// from ESM, CommonJS and TypeScript, its data.json checked against its schema.json by a standard validator.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'vmvc-consumer-'));
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', '@vmvc', 'content');
let tarballFiles: string[] = [];

const node = (args: string[]) => exec(process.execPath, args, { cwd: consumer });

beforeAll(async () => {
  const packed = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: packageDir });
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  tarballFiles = info!.files.map((f) => f.path).sort();
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  // The runtime dependencies come from npm's cache when it is warm (as after `npm ci`).
  await exec(
    'npm',
    [
      'install',
      join(work, info!.filename),
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
    ],
    { cwd: consumer },
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed @vmvc/content', () => {
  it('ships the build, the JSON files, the README and the licences, and nothing else', () => {
    expect(tarballFiles).toEqual([
      'LICENSE',
      'LICENSE-CONTENT',
      'README.md',
      'bin/vmvc-content.mjs',
      'data.json',
      'dist/build.json',
      'dist/cli.mjs',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.mts',
      'dist/index.mjs',
      'dist/verify-build.cjs',
      'dist/verify-build.d.cts',
      'dist/verify-build.d.mts',
      'dist/verify-build.mjs',
      'package.json',
      'schema.json',
      // For TypeScript's old node10 resolution, which reads no exports map.
      'verify-build/package.json',
    ]);
  });

  it("ships the same licences as the repository's", () => {
    for (const name of ['LICENSE', 'LICENSE-CONTENT']) {
      expect(readFileSync(join(installed, name), 'utf8')).toBe(readFileSync(join(repoRoot, name), 'utf8'));
    }
  });

  // The library needs zod; the command's file writer is bundled into it. Anything more is a stranger's cost:
  // the Marp export's font files (3.8 MB, no dependencies of their own) travel in the deck it writes;
  // sql.js writes Anki packages.
  it('depends at run time on zod, the Marp deck’s font and sql.js alone', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['@fontsource-variable/noto-sans-kr', 'sql.js', 'zod']);
  });

  it('loads with import, including data.json by import attribute', async () => {
    const { stdout } = await node([
      '--input-type=module',
      '-e',
      `import { lecture, slideSequence, formatReference, validateLecture } from '@vmvc/content';
       import data from '@vmvc/content/data.json' with { type: 'json' };
       console.log(JSON.stringify({
         author: lecture.meta.authors[0].nameOriginal,
         slides: slideSequence(lecture).length,
         reference: formatReference(lecture.references[2]),
         dataValid: validateLecture(data).ok,
         sameData: JSON.stringify(data) === JSON.stringify(lecture),
       }));`,
    ]);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ author: '김정현', dataValid: true, sameData: true });
    expect(out.slides).toBeGreaterThan(15);
    expect(out.reference).toContain('“서버 가상화 기술의 진화: VM과 컨테이너,”');
  });

  it('loads with require, including data.json', async () => {
    const { stdout } = await node([
      '-e',
      `const c = require('@vmvc/content');
       const data = require('@vmvc/content/data.json');
       console.log(JSON.stringify({ products: c.products.length, terms: data.terms.length, kernel: c.getTerm('kernel').term }));`,
    ]);
    expect(JSON.parse(stdout)).toEqual({ products: 8, terms: expect.any(Number), kernel: 'Kernel' });
  });

  it('verifies its own build as installed, from ESM and CommonJS: the lecture its build validated', async () => {
    const esm = await node([
      '--input-type=module',
      '-e',
      `import { verifyBuild } from '@vmvc/content/verify-build';
       import { lecture } from '@vmvc/content';
       const other = structuredClone(lecture); other.meta.title = 'Something else';
       console.log(JSON.stringify([verifyBuild(lecture).ok, verifyBuild(other).ok]));`,
    ]);
    expect(JSON.parse(esm.stdout)).toEqual([true, false]);
    const cjs = await node([
      '-e',
      `console.log(require('@vmvc/content/verify-build').verifyBuild(require('@vmvc/content').lecture).ok)`,
    ]);
    expect(cjs.stdout.trim()).toBe('true');
  });

  it('type-checks a TypeScript consumer, and its types catch a mistake', async () => {
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          types: [],
        },
      }),
    );
    writeFileSync(
      join(consumer, 'good.mts'),
      `import { lecture, slideSequence, type Product, type Slide, validateLecture } from '@vmvc/content';
const first: Product = lecture.products[0]!;
const kind: 'vm' | 'container' = first.kind;
const slides: Slide[] = slideSequence(lecture);
const result = validateLecture({});
const problems: string[] = result.ok ? [] : result.problems.map((p) => p.path + ': ' + p.message);
export { kind, slides, problems };
`,
    );
    writeFileSync(
      join(consumer, 'good.cts'),
      `import content = require('@vmvc/content');
export const title: string = content.lecture.meta.title;
`,
    );
    const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    await node([tsc, '-p', 'tsconfig.json']);

    writeFileSync(
      join(consumer, 'bad.mts'),
      `import { lecture } from '@vmvc/content';\nexport const n: number = lecture.meta.title;\n`,
    );
    const failure = await node([tsc, '-p', 'tsconfig.json']).catch((error: { stdout: string }) => error);
    rmSync(join(consumer, 'bad.mts'));
    expect((failure as { stdout: string }).stdout).toMatch(
      /bad\.mts\(2,14\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
  }, 300_000);

  it('ships a data.json that its schema.json accepts, and a schema that rejects bad data', () => {
    const data = JSON.parse(readFileSync(join(installed, 'data.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(installed, 'schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);

    delete data.comparison.rows[0].vm;
    data.products[1].kind = 'unikernel';
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/comparison/rows/0', '/products/1/kind']),
    );
  });

  it('installs the vmvc-content command', async () => {
    const bin = join(consumer, 'node_modules', '.bin', 'vmvc-content');
    const { stdout } = await exec(bin, ['validate', join(installed, 'data.json')], { cwd: consumer });
    expect(stdout).toBe('valid\n');
  });

  it('writes a Marp deck that carries its font, the command and CommonJS finding the font as installed', async () => {
    const bin = join(consumer, 'node_modules', '.bin', 'vmvc-content');
    const { stdout } = await exec(bin, ['export', '--format', 'marp'], { cwd: consumer, maxBuffer: 1 << 26 });
    expect(stdout).toMatch(/^---\nmarp: true\n/);
    expect(stdout).toMatch(
      /@font-face \{\n {2}font-family: "Noto Sans KR";[^}]*url\("data:font\/woff2;base64,/,
    );
    // The same deck from CommonJS, compared by hash (a deck is longer than one command-line argument may be).
    const cjs = await node([
      '-e',
      `const c = require('@vmvc/content');
       c.notoSansKrFiles().then((font) => console.log(require('node:crypto').createHash('sha256')
         .update(c.exportMarp(c.lecture, { font })).digest('hex')));`,
    ]);
    expect(cjs.stdout.trim()).toBe(createHash('sha256').update(stdout).digest('hex'));
  });

  it('passes publint and arethetypeswrong', async () => {
    const publint = await exec(join(repoRoot, 'node_modules', '.bin', 'publint'), ['--strict'], {
      cwd: packageDir,
    });
    expect(publint.stdout).not.toMatch(/error|warning|suggestion/i);
    const attw = await exec(
      join(repoRoot, 'node_modules', '.bin', 'attw'),
      ['--pack', '.', '--format', 'json'],
      {
        cwd: packageDir,
      },
    );
    const report = JSON.parse(attw.stdout);
    expect(report.analysis.problems ?? []).toEqual([]);
  }, 120_000);
});
