// Keeps the library's type declarations between builds. TypeScript's declaration emit is most of
// `npm run build` (3.1 of 4.7 s, measured), and a lecturer's edit to the lecture's text cannot change them:
// the data files are typed by annotation (`export const meta: Meta = {...}`), so their declarations are
// their annotations. The key is therefore everything the declarations can depend on: the text of every
// source file outside src/data/, of the configs and of the lockfile (the versions of TypeScript and
// tsdown), and for each data file its isolated declaration and its comments. A data file that does not
// pass `isolatedDeclarations` counts with its whole text. Same key, same bytes: a test compares them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { isolatedDeclarationSync, parseSync } from 'rolldown/experimental';

/** Every file under `dir`, sorted, as paths relative to `root` with `/` separators. */
function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** What of a data file its declarations can depend on: its isolated declaration and its comments. */
function dataFileKey(file: string, code: string): string {
  const declaration = isolatedDeclarationSync(file, code);
  if (declaration.errors.length > 0) return code;
  const comments = parseSync(file, code).comments.map((comment) => comment.value);
  return JSON.stringify({ declaration: declaration.code, comments });
}

/** The key of the declarations of the package in `packageDir` as its sources are now. */
export function declarationKey(packageDir: string): string {
  const hash = createHash('sha256');
  const add = (name: string, text: string) => hash.update(`${name}\0${text.length}\0${text}\0`);
  for (const name of ['package.json', 'tsconfig.json', 'tsdown.config.ts', '../../tsconfig.base.json']) {
    const file = join(packageDir, name);
    add(name, existsSync(file) ? readFileSync(file, 'utf8') : '');
  }
  const lockfile = join(packageDir, '../../package-lock.json');
  add('package-lock.json', existsSync(lockfile) ? readFileSync(lockfile, 'utf8') : '');
  // Tests are not part of the library (tsconfig builds them, tsdown does not).
  for (const file of filesUnder(packageDir, 'src').filter((f) => !f.endsWith('.test.ts'))) {
    const code = readFileSync(join(packageDir, file), 'utf8');
    add(file, file.startsWith('src/data/') && file.endsWith('.ts') ? dataFileKey(file, code) : code);
  }
  return hash.digest('hex');
}

export interface DeclarationCache {
  /** Whether the declarations of `entry` (`index`: index.d.mts and index.d.cts) are kept for this key. */
  has(entry: string): boolean;
  /** Copies the kept declarations of `entry` into `outDir`. */
  restore(entry: string, outDir: string): Promise<void>;
  /** Keeps the declarations of `entry` that the build has just written into `outDir`. */
  save(entry: string, outDir: string): Promise<void>;
}

/**
 * The declarations kept in `cacheDir` for the package's sources as they are now. A key's folder appears
 * whole or not at all (made aside, then renamed), so a build that stops half-way leaves nothing torn.
 */
export function declarationCache(packageDir: string, cacheDir: string): DeclarationCache {
  const folder = join(cacheDir, declarationKey(packageDir));
  const names = (entry: string) => [`${entry}.d.mts`, `${entry}.d.cts`];
  return {
    has: (entry) => names(entry).every((name) => existsSync(join(folder, entry, name))),
    async restore(entry, outDir) {
      for (const name of names(entry)) await copyFile(join(folder, entry, name), join(outDir, name));
    },
    async save(entry, outDir) {
      await mkdir(folder, { recursive: true });
      const aside = await mkdtemp(join(folder, `.${entry}-`));
      try {
        for (const name of names(entry)) await copyFile(join(outDir, name), join(aside, name));
        await rename(aside, join(folder, entry));
      } catch (error) {
        // Another build kept the same declarations first: theirs are as good.
        if (!existsSync(join(dirname(aside), entry))) throw error;
      } finally {
        await rm(aside, { recursive: true, force: true });
      }
    },
  };
}
