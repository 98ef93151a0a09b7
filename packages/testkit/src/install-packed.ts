// Packages as a stranger gets them: each packed with `npm pack`, then installed from the tarballs into a fresh
// project, so a test sees exactly the files, dependencies and bins that npm would publish.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export interface PackedInstall {
  /** The fresh project's folder. */
  consumer: string;
  /** What each package's tarball holds, sorted, by package name. */
  tarballFiles: Record<string, string[]>;
}

/**
 * Packs every package folder into `work` and installs all the tarballs together into `work/consumer`: a
 * package that depends on another of them gets that tarball, not the registry's. Dependencies from the
 * registry come from npm's cache when it is warm (as after `npm ci`).
 */
export async function installPacked(packageDirs: readonly string[], work: string): Promise<PackedInstall> {
  const tarballs: string[] = [];
  const tarballFiles: Record<string, string[]> = {};
  for (const dir of packageDirs) {
    const packed = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: dir });
    const [info] = JSON.parse(packed.stdout) as {
      name: string;
      filename: string;
      files: { path: string }[];
    }[];
    if (!info) throw new Error(`${dir}: npm pack wrote nothing`);
    tarballs.push(join(work, info.filename));
    tarballFiles[info.name] = info.files.map((f) => f.path).sort();
  }
  const consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }),
  );
  await exec(
    'npm',
    ['install', ...tarballs, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    {
      cwd: consumer,
    },
  );
  return { consumer, tarballFiles };
}

/** Every package installed in a project, nested ones included, by name (scoped ones in full), sorted. */
export function installedPackages(consumer: string): string[] {
  const found: string[] = [];
  const walk = (modules: string) => {
    for (const name of readdirSync(modules)) {
      if (name.startsWith('.')) continue;
      const names = name.startsWith('@')
        ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`)
        : [name];
      for (const full of names) {
        found.push(full);
        const nested = join(modules, full, 'node_modules');
        if (existsSync(nested)) walk(nested);
      }
    }
  };
  walk(join(consumer, 'node_modules'));
  return found.sort();
}

/** The bytes of every file under `dir`, added up: what a folder weighs on disk before blocks are counted. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/**
 * What the two linters of published packages say of the package in `packageDir`: publint's report (strict)
 * and the problems arethetypeswrong finds in its types under every module resolution (none is `[]`).
 */
export async function lintPublished(
  packageDir: string,
): Promise<{ publint: string; typeProblems: unknown[] }> {
  const bin = (name: string) => join(packageDir, '..', '..', 'node_modules', '.bin', name);
  const publint = await exec(bin('publint'), ['--strict'], { cwd: packageDir });
  const attw = await exec(bin('attw'), ['--pack', '.', '--format', 'json'], { cwd: packageDir });
  const report = JSON.parse(attw.stdout) as { analysis: { problems?: unknown[] } };
  return { publint: publint.stdout, typeProblems: report.analysis.problems ?? [] };
}

/**
 * Type-checks `files` (name → TypeScript source) in the fresh project as a stranger's project would: strict,
 * Node's own module resolution (nodenext), the packages' published types. Resolves with tsc's report: empty
 * when the files type-check.
 */
export async function typecheckConsumer(consumer: string, files: Record<string, string>): Promise<string> {
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
      include: Object.keys(files),
    }),
  );
  for (const [name, source] of Object.entries(files)) writeFileSync(join(consumer, name), source);
  const tsc = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');
  return exec(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: consumer }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  );
}
