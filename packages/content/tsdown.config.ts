// Builds the library (ESM + CJS with types) into .stage/, and the package's own build tools (scripts/*.ts)
// into build/. `npm run build` then validates the staged lecture with @vmvc/schema and only then puts the
// stage into dist/ beside data.json and schema.json (scripts/promote-build.ts): an invalid lecture builds
// nothing. The library bundles the one helper it takes from @vmvc/schema (the calendar check of
// formatDate), never the schema itself: the published package has no runtime dependency.
import { join } from 'node:path';
import { defineConfig, type UserConfig } from 'tsdown';
import { type DeclarationCache, declarationCache } from './scripts/declaration-cache.ts';

/** Private workspace packages: they ship TypeScript source and are bundled into what uses them. */
const bundled = [/^@vmvc\/(?:schema|write-files)(?:\/|$)/];

export const libraryConfig = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  outDir: '.stage',
  fixedExtension: true,
  deps: { alwaysBundle: bundled },
} satisfies UserConfig;

const toolsConfig = {
  entry: { build: 'scripts/build.ts', dev: 'scripts/dev.ts', summary: 'scripts/summary.ts' },
  format: ['esm'],
  dts: false,
  platform: 'node',
  target: 'node20',
  outDir: 'build',
  fixedExtension: true,
  deps: { alwaysBundle: bundled, neverBundle: ['tsdown', 'chokidar', 'zod'] },
} satisfies UserConfig;

/**
 * `config` with its declarations taken from the cache when the sources they depend on are unchanged (a
 * lecture edit), else emitted by TypeScript and kept for next time (scripts/declaration-cache.ts).
 */
function withKeptDeclarations(config: typeof libraryConfig, cache: DeclarationCache): UserConfig {
  const [entry] = Object.keys(config.entry) as [string];
  const kept = cache.has(entry);
  return {
    ...config,
    dts: !kept,
    hooks: {
      'build:done': () =>
        kept
          ? cache.restore(entry, join(import.meta.dirname, config.outDir))
          : cache.save(entry, join(import.meta.dirname, config.outDir)),
    },
  };
}

// A function, so the cache's key is computed when tsdown builds with this file, not when scripts/dev.ts (which
// takes the configs above and emits no declarations) is bundled with it and run.
export default defineConfig(() => {
  const declarations = declarationCache(
    import.meta.dirname,
    join(import.meta.dirname, 'node_modules', '.cache', 'vmvc-content-declarations'),
  );
  return [withKeptDeclarations(libraryConfig, declarations), toolsConfig];
});
