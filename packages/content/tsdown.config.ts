// Builds the library (ESM + CJS with types), verify-build (Node) and the `vmvc-content` command into .stage/,
// and the package's own build tools (scripts/*.ts) into build/. `npm run build` then validates the staged
// lecture and only then puts the stage into dist/ (scripts/promote-build.ts): an invalid lecture builds nothing.
import { join } from 'node:path';
import { defineConfig, type UserConfig } from 'tsdown';
import { type DeclarationCache, declarationCache } from './scripts/declaration-cache.ts';

/** @vmvc/write-files ships TypeScript source and is private: bundled into what uses it. */
const bundled = [/^@vmvc\/write-files(?:\/|$)/];

export const libraryConfig = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  outDir: '.stage',
  fixedExtension: true,
} satisfies UserConfig;

export const verifyBuildConfig = {
  entry: { 'verify-build': 'src/verify-build.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'node',
  target: 'node20',
  outDir: '.stage',
  fixedExtension: true,
  // import.meta.url in the CommonJS build.
  shims: true,
} satisfies UserConfig;

export const commandConfig = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  dts: false,
  platform: 'node',
  target: 'node20',
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
  deps: { alwaysBundle: bundled, neverBundle: ['tsdown', 'chokidar'] },
} satisfies UserConfig;

/**
 * `config` with its declarations taken from the cache when the sources they depend on are unchanged (a
 * lecture edit), else emitted by TypeScript and kept for next time (scripts/declaration-cache.ts).
 */
function withKeptDeclarations(
  config: typeof libraryConfig | typeof verifyBuildConfig,
  cache: DeclarationCache,
): UserConfig {
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
  return [
    withKeptDeclarations(libraryConfig, declarations),
    withKeptDeclarations(verifyBuildConfig, declarations),
    commandConfig,
    toolsConfig,
  ];
});
