// Builds the library (ESM + CJS with types) and the `vmvc` command into dist/. The private packages it uses
// (the schema, the design's text measure, the file writer) ship TypeScript source: they are bundled in, so a
// project that installs @vmvc/formats gets only the public @vmvc/content and the libraries named in the README.
import { defineConfig } from 'tsdown';

const bundled = [/^@vmvc\/(?:design|schema|write-files)(?:\/|$)/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    fixedExtension: true,
    // import.meta.url in the CommonJS build (the Marp export finds its font files from there).
    shims: true,
    deps: { alwaysBundle: bundled },
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    fixedExtension: true,
    deps: { alwaysBundle: bundled },
  },
]);
