#!/usr/bin/env node
// The `vmvc-content` command's entry, committed so that npm links it when it installs (npm links a bin only
// if its file exists then, and a missing one sends `npx vmvc-content` to the public registry). The command
// itself is built into dist/cli.mjs; in a fresh clone of the repository it is built here on first use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.mjs', import.meta.url);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(cli)) {
  if (!existsSync(new URL('../src/cli/index.ts', import.meta.url))) {
    process.stderr.write(`vmvc-content: ${fileURLToPath(cli)} is missing: reinstall @vmvc/content\n`);
    process.exit(2);
  }
  // A checkout of the repository: build the package as `npm run build` does. Its output goes to stderr, so
  // that an export written to stdout stays clean.
  process.stderr.write('vmvc-content: building @vmvc/content first (its dist/ is missing)\n');
  const built = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: packageDir,
    stdio: ['ignore', 2, 2],
  });
  if (built.status !== 0 || !existsSync(cli)) {
    process.stderr.write('vmvc-content: the build failed (above); nothing was run\n');
    process.exit(built.status || 2);
  }
}

await import(cli.href);
