// The tsdown config every app builds its commands with (src/cli/*.ts into build/*.mjs, run as plain
// JavaScript by the package scripts through scripts/build-commands.mjs). Each app's tsdown.config.ts names
// its entries; everything else is the same for all.
import { defineConfig, type UserConfig } from 'tsdown';

/** Workspace packages that ship TypeScript source, so Node cannot load them as they are: bundled. */
const shipsSource =
  /^@vmvc\/(?:browser|command|design|lecture-loader|schema|testkit|watch-files|write-files)(?:\/|$)/;

/** Every other bare import (a package in node_modules, @vmvc/content included) loads as it is. */
const fromNodeModules = (id: string) =>
  !shipsSource.test(id) && /^[^./\\]/.test(id) && !/^[A-Za-z]:/.test(id);

/** `entry` maps a command's name (build/<name>.mjs) to its source file. */
export function commandsConfig(entry: Record<string, string>): UserConfig {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: false,
    platform: 'node',
    target: 'node20',
    outDir: 'build',
    clean: true,
    fixedExtension: true,
    deps: { alwaysBundle: [shipsSource], neverBundle: fromNodeModules },
    failOnWarn: true,
  });
}
