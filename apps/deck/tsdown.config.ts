// Builds the deck's commands (src/cli/*.ts) into build/*.mjs, run as plain JavaScript by the package scripts.
import { defineConfig } from 'tsdown';

/** Workspace packages that ship TypeScript source, so Node cannot load them as they are: bundled. */
const bundled = /^@vmvc\/(?:design|testkit)(?:\/|$)/;

export default defineConfig({
  entry: {
    build: 'src/cli/build.ts',
    serve: 'src/cli/serve.ts',
    dev: 'src/cli/dev.ts',
    bench: 'src/cli/bench.ts',
    screenshots: 'src/cli/screenshots.ts',
    // Its own file beside the chunks: font-subset.ts starts it as `./font-subset.worker.mjs`.
    'font-subset.worker': 'src/build/font-subset.worker.mjs',
  },
  format: ['esm'],
  dts: false,
  platform: 'node',
  target: 'node20',
  outDir: 'build',
  clean: true,
  fixedExtension: true,
  deps: {
    alwaysBundle: [bundled],
    // Every other package loads from node_modules as it is.
    neverBundle: (id: string) => !bundled.test(id) && /^[^./\\]/.test(id) && !/^[A-Za-z]:/.test(id),
  },
  failOnWarn: true,
  // tsdown's rolldown (1.0.0-rc.17) name for the warning that a plugin took a large share of the build time.
  checks: { pluginTimings: false },
});
