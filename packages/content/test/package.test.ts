// The package as a stranger gets it: packed, installed from the tarball into a fresh project (alone: it needs
// nothing else), then used from ESM, CommonJS and TypeScript, its data.json checked against its schema.json by
// a standard validator.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'vmvc-consumer-'));
let consumer = '';
let installed = '';
let tarballFiles: string[] = [];

const node = (args: string[]) => exec(process.execPath, args, { cwd: consumer });

beforeAll(async () => {
  const install = await installPacked([packageDir], work);
  consumer = install.consumer;
  installed = join(consumer, 'node_modules', '@vmvc', 'content');
  tarballFiles = install.tarballFiles['@vmvc/content'] ?? [];
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed @vmvc/content', () => {
  it('ships the build, the JSON files, the README and the licences, and nothing else', () => {
    expect(tarballFiles).toEqual([
      'LICENSE',
      'LICENSE-CONTENT',
      'README.md',
      'data.json',
      'dist/index.cjs',
      'dist/index.d.cts',
      'dist/index.d.mts',
      'dist/index.mjs',
      'package.json',
      'schema.json',
    ]);
  });

  it("ships the same licences as the repository's", () => {
    for (const name of ['LICENSE', 'LICENSE-CONTENT']) {
      expect(readFileSync(join(installed, name), 'utf8')).toBe(readFileSync(join(repoRoot, name), 'utf8'));
    }
  });

  // What web-features does: the data was validated when the package was built, so using it needs nothing.
  it('depends on nothing at run time: installed, it is one package of at most 1 MB', () => {
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.peerDependencies).toBeUndefined();
    expect(installedPackages(consumer)).toEqual(['@vmvc/content']);
    expect(folderBytes(installed)).toBeLessThanOrEqual(1024 * 1024);
  });

  it('loads with import, including data.json by import attribute', async () => {
    const { stdout } = await node([
      '--input-type=module',
      '-e',
      `import { lecture, slideSequence, formatReference } from '@vmvc/content';
       import data from '@vmvc/content/data.json' with { type: 'json' };
       console.log(JSON.stringify({
         author: lecture.meta.authors[0].nameOriginal,
         slides: slideSequence(lecture).length,
         reference: formatReference(lecture.references[2]),
         sameData: JSON.stringify(data) === JSON.stringify(lecture),
       }));`,
    ]);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ author: '김정현', sameData: true });
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

  it('type-checks a TypeScript consumer, and its types catch a mistake', async () => {
    const good = {
      'good.mts': `import { lecture, slideSequence, type Product, type Question, type Slide } from '@vmvc/content';
const first: Product = lecture.products[0]!;
const kind: 'vm' | 'container' = first.kind;
const slides: Slide[] = slideSequence(lecture);
const asked: string[] = lecture.questions.map((q: Question) => (q.type === 'true-false' ? q.statement : q.stem));
export { kind, slides, asked };
`,
      'good.cts': `import content = require('@vmvc/content');
export const title: string = content.lecture.meta.title;
`,
    };
    expect(await typecheckConsumer(consumer, good)).toBe('');
    const bad = `import { lecture } from '@vmvc/content';\nexport const n: number = lecture.meta.title;\n`;
    expect(await typecheckConsumer(consumer, { ...good, 'bad.mts': bad })).toMatch(
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

  it('passes publint and arethetypeswrong', async () => {
    const { publint, typeProblems } = await lintPublished(packageDir);
    expect(publint).not.toMatch(/error|warning|suggestion/i);
    expect(typeProblems).toEqual([]);
  }, 120_000);
});
