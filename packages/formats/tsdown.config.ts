// Builds the library (ESM + CJS with types) and the `vmvc` command into dist/. The private packages it uses
// (the command shell, the schema, the design's text measure, the file writer) ship TypeScript source: they are
// bundled in, so a project that installs @vmvc/formats gets only the public @vmvc/content and the libraries its
// README names. The font's two TTFs and its licence are copied into dist/fonts/, where the bundled @vmvc/design
// code finds them at run time (the Marp export embeds and measures them); the font package itself is not
// installed.
import { defineConfig } from 'tsdown';
import { bundledFontDir, fontFiles } from '../design/src/fonts.ts';

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
    copy: Object.values(fontFiles()).map((from) => ({ from, to: `dist/${bundledFontDir}` })),
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
