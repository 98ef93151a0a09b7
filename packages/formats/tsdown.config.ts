// Builds the library (ESM + CJS with types) and the `vmvc` command into dist/. The private packages it uses
// (the command shell, the schema, the text measure, the file writer) ship TypeScript source: they are bundled
// in, so a project that installs @vmvc/formats gets only the public @vmvc/content and the libraries its README
// names.
import { defineConfig } from 'tsdown';

const bundled = [/^@vmvc\/(?:command|design|schema|write-files)(?:\/|$)/];

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
