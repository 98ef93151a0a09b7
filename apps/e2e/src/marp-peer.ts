// The peer the bench measures the kit against: marp-cli 4.5.1 (a devDependency of this package), run as a
// fresh process on our own Marp export of the same lecture, as a Marp user would run `marp`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const marpBin = join(dirname(require.resolve('@marp-team/marp-cli/package.json')), 'marp-cli.js');

/** Runs marp-cli with `args` (no config file); resolves with its wall time in ms, rejects on a failure. */
export function timeMarp(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let stderr = '';
    const child = spawn(process.execPath, [marpBin, '--no-config-file', ...args], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`marp ${args.join(' ')} exited ${code}:\n${stderr}`)),
    );
  });
}
