import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { declarationCache, declarationKey } from './declaration-cache.ts';
import { packageDir } from './promote-build.ts';

describe('declarationKey', () => {
  let root: string;
  let copy: string;
  /** Rewrites a file of the copy with `change` applied and returns the key after it. */
  const after = (file: string, change: (text: string) => string) => {
    const path = join(copy, file);
    const before = readFileSync(path, 'utf8');
    const changed = change(before);
    expect(changed).not.toBe(before);
    writeFileSync(path, changed);
    return declarationKey(copy);
  };

  beforeEach(() => {
    // The package's sources and configs where the key looks for them: packages/content under a repo root.
    root = mkdtempSync(join(tmpdir(), 'vmvc-declaration-key-'));
    copy = join(root, 'packages', 'content');
    mkdirSync(copy, { recursive: true });
    for (const name of ['src', 'package.json', 'tsconfig.json', 'tsdown.config.ts'])
      cpSync(join(packageDir, name), join(copy, name), { recursive: true });
    for (const name of ['tsconfig.base.json', 'package-lock.json'])
      cpSync(join(packageDir, '../..', name), join(root, name));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('stays the same when a lecturer edits the lecture’s text', () => {
    const key = declarationKey(copy);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(
      after('src/data/comparison.ts', (t) => t.replace("'Uses fewer resources'", "'Uses far fewer'")),
    ).toBe(key);
    expect(after('src/data/meta.ts', (t) => t.replace("'VM vs Container'", "'VMs and containers'"))).toBe(
      key,
    );
  });

  it('changes with anything the declarations can depend on', () => {
    const keys = new Set([declarationKey(copy)]);
    // A data file's type, and a comment in it (TypeScript may carry comments into the declarations).
    keys.add(
      after('src/data/meta.ts', (t) => t.replace('export const meta: Meta', 'export const meta: Meta & {}')),
    );
    keys.add(after('src/data/terms.ts', (t) => `// A new comment.\n${t}`));
    // The types, the lockfile (the versions of TypeScript and tsdown) and the compiler options.
    keys.add(
      after('src/types.ts', (t) => t.replace('export interface Term ', 'export interface TermRecord ')),
    );
    keys.add(after('../../package-lock.json', (t) => `${t}\n`));
    keys.add(after('tsconfig.json', (t) => `${t}\n`));
    expect(keys.size).toBe(6);
  });

  it('counts a data file that does not declare its types by annotation with its whole text', () => {
    const key = after(
      'src/data/frame.ts',
      (t) => `${t.replace('export const frame: Frame =', 'export const frame =')}\n`,
    );
    expect(after('src/data/frame.ts', (t) => t.replace("'Questions", "'Any questions"))).not.toBe(key);
  });
});

describe('declarationCache', () => {
  it('keeps an entry’s two declaration files and gives back the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vmvc-declaration-cache-'));
    try {
      const built = join(dir, 'stage');
      mkdirSync(built);
      writeFileSync(join(built, 'index.d.mts'), 'export declare const a: 1;\n');
      writeFileSync(join(built, 'index.d.cts'), 'export declare const a: 1;\n// cts\n');
      const cache = declarationCache(packageDir, join(dir, 'cache'));
      expect(cache.has('index')).toBe(false);
      await cache.save('index', built);
      await cache.save('index', built); // a second build keeping the same key is no error
      expect(cache.has('index')).toBe(true);
      expect(cache.has('other-entry')).toBe(false);
      const restored = join(dir, 'restored');
      mkdirSync(restored);
      await cache.restore('index', restored);
      for (const name of ['index.d.mts', 'index.d.cts'])
        expect(readFileSync(join(restored, name), 'utf8')).toBe(readFileSync(join(built, name), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
