// Builds the library (ESM + CJS with types), verify-build (Node) and the `vmvc-content` command into .stage/,
// and the package's own build tools (scripts/*.ts) into build/. `npm run build` then validates the staged
// lecture and only then puts the stage into dist/ (scripts/promote-build.ts): an invalid lecture builds nothing.
import { defineConfig, type UserConfig } from 'tsdown';

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

export default defineConfig([libraryConfig, verifyBuildConfig, commandConfig, toolsConfig]);
