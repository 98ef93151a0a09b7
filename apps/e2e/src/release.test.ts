// A real release of the two public packages, on loopback: changeset, `changeset version`, `npm run release`
// against a local verdaccio, then fresh projects install them from it: @vmvc/content alone (one package, no
// dependency) used from ESM, CJS and TypeScript, and @vmvc/formats, whose `npx vmvc` exports the lecture.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { folderBytes, installedPackages } from '@vmvc/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRegistry, startLocalRegistry } from './local-registry.ts';
import { copyEnv, copyRepo, type RepoCopy, repoRoot } from './repo-copy.ts';

const exec = promisify(execFile);
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const versionKey = (v: string) =>
  v
    .split('.')
    .map((n) => n.padStart(6, '0'))
    .join('.');

let repo: RepoCopy;
let registry: LocalRegistry;
let consumerDir: string;
let versionBefore: string;
let versionAfter: string;
let formatsVersionAfter: string;
let releaseOutput: string;

beforeAll(async () => {
  repo = copyRepo('vmvc-release-');
  registry = await startLocalRegistry();
  consumerDir = mkdtempSync(join(tmpdir(), 'vmvc-release-consumer-'));
  versionBefore = readJson(join(repo.root, 'packages/content/package.json')).version;

  writeFileSync(
    join(repo.root, '.changeset', 'loopback-release-check.md'),
    '---\n"@vmvc/content": patch\n"@vmvc/formats": patch\n---\n\nLoopback release check: the glossary entry for "kernel" reads the same in every output.\n',
  );
  const env = copyEnv;
  // The script the release workflow runs: `changeset version`, then the lock updated to match.
  await exec('npm', ['run', 'version-packages'], {
    cwd: repo.root,
    env: { ...env, npm_config_offline: 'true' },
  });
  versionAfter = readJson(join(repo.root, 'packages/content/package.json')).version;
  formatsVersionAfter = readJson(join(repo.root, 'packages/formats/package.json')).version;

  const release = await exec('npm', ['run', 'release'], {
    cwd: repo.root,
    env: { ...env, NPM_CONFIG_USERCONFIG: registry.npmrc, npm_config_registry: registry.url },
    maxBuffer: 32 * 1024 * 1024,
  });
  releaseOutput = release.stdout + release.stderr;
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  repo?.remove();
  if (consumerDir) rmSync(consumerDir, { recursive: true, force: true });
  // Nothing is left behind: no copy, no consumer, no registry listening.
  expect(existsSync(repo.root)).toBe(false);
  expect(existsSync(consumerDir)).toBe(false);
  await expect(fetch(`${registry.url}-/ping`)).rejects.toThrow();
});

/** Installs `spec` from the local registry into a fresh project and says what it brought. */
async function installFresh(dir: string, spec: string): Promise<{ packages: string[]; megabytes: number }> {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'course-tool', private: true }));
  writeFileSync(join(dir, '.npmrc'), `@vmvc:registry=${registry.url}\n`);
  await exec('npm', ['install', spec, '--prefer-offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: { ...process.env, NPM_CONFIG_USERCONFIG: join(dir, '.npmrc') },
  });
  const packages = installedPackages(dir);
  const megabytes = Math.round(folderBytes(join(dir, 'node_modules')) / 1e5) / 10;
  // For the record of a release: what a stranger's `npm install` brings.
  process.stdout.write(`npm install ${spec}: ${packages.length} package(s), ${megabytes} MB\n`);
  return { packages, megabytes };
}

describe('a release of @vmvc/content and @vmvc/formats', () => {
  it('bumps both public packages, writes their changelogs and consumes the changesets', () => {
    expect(versionKey(versionAfter) > versionKey(versionBefore)).toBe(true);
    for (const [dir, version] of [
      ['packages/content', versionAfter],
      ['packages/formats', formatsVersionAfter],
    ] as const) {
      const changelog = readFileSync(join(repo.root, dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog, dir).toContain(`## ${version}`);
      expect(changelog, dir).toContain('Loopback release check');
    }
    expect(existsSync(join(repo.root, '.changeset', 'loopback-release-check.md'))).toBe(false);
    const lock = readJson(join(repo.root, 'package-lock.json'));
    expect(lock.packages['packages/content'].version).toBe(versionAfter);
    // The formats package asks for the content release made with it.
    expect(readJson(join(repo.root, 'packages/formats/package.json')).dependencies['@vmvc/content']).toBe(
      `^${versionAfter}`,
    );
  });

  it('leaves the private apps unversioned and unpublished', async () => {
    for (const app of ['apps/deck', 'apps/handouts', 'packages/design', 'packages/schema']) {
      const manifest = readJson(join(repo.root, app, 'package.json'));
      expect(manifest.private, app).toBe(true);
      expect(manifest.version, app).toBe(readJson(join(repoRoot, app, 'package.json')).version);
    }
    for (const name of ['@vmvc/deck', '@vmvc/handouts', '@vmvc/design', '@vmvc/schema']) {
      const response = await fetch(`${registry.url}${name.replace('/', '%2f')}`);
      expect(response.status, name).toBe(404);
    }
  });

  it('publishes the new versions to the registry', async () => {
    for (const [name, version] of [
      ['@vmvc/content', versionAfter],
      ['@vmvc/formats', formatsVersionAfter],
    ] as const) {
      expect(releaseOutput).toMatch(new RegExp(`${name}@${version.replaceAll('.', '\\.')}`));
      const packument = (await (await fetch(`${registry.url}${name.replace('/', '%2f')}`)).json()) as {
        'dist-tags': Record<string, string>;
        versions: Record<string, unknown>;
      };
      expect(packument['dist-tags'].latest, name).toBe(version);
      expect(Object.keys(packument.versions), name).toEqual([version]);
    }
  });

  it('installs @vmvc/content from the registry as one package, and it works from ESM, CJS and TypeScript', async () => {
    const brought = await installFresh(consumerDir, `@vmvc/content@${versionAfter}`);
    expect(brought.packages).toEqual(['@vmvc/content']);
    expect(brought.megabytes).toBeLessThanOrEqual(1);
    const installed = readJson(join(consumerDir, 'node_modules/@vmvc/content/package.json'));
    expect(installed.version).toBe(versionAfter);

    const esm = await exec(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { lecture, contentStamp } from '@vmvc/content';
         import data from '@vmvc/content/data.json' with { type: 'json' };
         console.log(JSON.stringify({ version: data.meta.version, stamp: contentStamp(lecture).version, author: data.meta.authors[0].nameOriginal }));`,
      ],
      { cwd: consumerDir },
    );
    expect(JSON.parse(esm.stdout)).toEqual({ version: versionAfter, stamp: versionAfter, author: '김정현' });

    const cjs = await exec(
      process.execPath,
      ['-e', "const c = require('@vmvc/content'); console.log(c.getTerm('kernel').term, c.products.length)"],
      { cwd: consumerDir },
    );
    expect(cjs.stdout.trim()).toBe('Kernel 8');

    mkdirSync(join(consumerDir, 'src'));
    writeFileSync(
      join(consumerDir, 'src', 'quiz.mts'),
      `import { lecture, type ComparisonRow } from '@vmvc/content';
const rows: ComparisonRow[] = lecture.comparison.rows;
export const questions: string[] = rows.map((row) => \`\${row.aspect}: \${row.vm} / \${row.container}\`);
`,
    );
    writeFileSync(
      join(consumerDir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [] },
        include: ['src'],
      }),
    );
    await exec(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: consumerDir,
    });
  });

  it('installs @vmvc/formats from the registry, and `npx vmvc export` writes the lecture', async () => {
    const dir = join(consumerDir, 'formats-user');
    const brought = await installFresh(dir, `@vmvc/formats@${formatsVersionAfter}`);
    expect(brought.packages).toContain('@vmvc/content');
    expect(brought.packages.filter((name) => name.startsWith('@vmvc/'))).toEqual([
      '@vmvc/content',
      '@vmvc/formats',
    ]);
    const { stdout } = await exec('npx', ['vmvc', 'export', '--format', 'ris', '--out', 'references.ris'], {
      cwd: dir,
      env: { ...process.env, NPM_CONFIG_USERCONFIG: join(dir, '.npmrc'), npm_config_offline: 'true' },
    });
    expect(stdout).toBe('wrote references.ris (ris)\n');
    expect(readFileSync(join(dir, 'references.ris'), 'utf8')).toMatch(/^TY {2}- ELEC\r\n/);
  });
});
