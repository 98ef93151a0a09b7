#!/usr/bin/env node
// The `vmvc` command's entry, committed so that npm links it when it installs (npm links a bin only
// if its file exists then, and a missing one sends `npx vmvc` to the public registry). The command
// itself is built into dist/cli.mjs; in a fresh clone of the repository it is built here on first use.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.mjs', import.meta.url);
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

if (!existsSync(cli)) {
  if (!existsSync(new URL('../src/cli/index.ts', import.meta.url))) {
    process.stderr.write(`vmvc: ${fileURLToPath(cli)} is missing: reinstall @vmvc/formats\n`);
    process.exit(2);
  }
  // A checkout of the repository: build this package and the lecture it exports as `npm run build` does
  // (turbo, so the content is built and validated first). Its output goes to stderr, so that an export
  // written to stdout stays clean.
  process.stderr.write('vmvc: building @vmvc/formats and @vmvc/content first (dist/ is missing)\n');
  const built = spawnSync(
    'node_modules/.bin/turbo',
    ['run', 'build', '--filter=@vmvc/formats', '--output-logs=errors-only', '--log-prefix=none'],
    { cwd: repositoryRoot, stdio: ['ignore', 2, 2], env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
  );
  if (built.status !== 0 || !existsSync(cli)) {
    process.stderr.write('vmvc: the build failed (above); nothing was run\n');
    process.exit(built.status || 2);
  }
}

await import(cli.href);
