// Which Chromium the kit runs, found without starting it: CHROME_PATH if set, else a system Chromium, else the
// Chromium that ships inside the @sparticuz/chromium npm package, so `npm ci && npm test` needs no system
// package. Apart from the launcher so that a cache can name the Chromium without loading playwright-core.
import { existsSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lock } from 'proper-lockfile';

/** Where a system Chromium is looked for when CHROME_PATH is not set (Debian's `chromium` package first). */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export class MissingBrowserError extends Error {}

const require = createRequire(import.meta.url);

/** The version of the npm-shipped Chromium, from the package's manifest (its exports map hides it). */
async function bundledVersion(): Promise<string> {
  const entry = require.resolve('@sparticuz/chromium');
  const manifest = join(dirname(entry), '..', '..', 'package.json');
  return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Unpacks the npm-shipped Chromium once per machine (about 2-4 s). The package unpacks into the temp folder
 * and returns any `chromium` file it finds there, even one half written by a process that is still
 * unpacking, so parallel test workers take a lock, and a marker names the version that was unpacked whole.
 */
async function bundledChromium(): Promise<string> {
  const version = await bundledVersion();
  const binary = join(tmpdir(), 'chromium');
  const marker = join(tmpdir(), `vmvc-chromium-${version}.unpacked`);
  if (existsSync(marker) && existsSync(binary)) return binary;
  const release = await lock(tmpdir(), {
    lockfilePath: join(tmpdir(), 'vmvc-chromium.lock'),
    stale: 60_000,
    retries: { retries: 240, minTimeout: 250, maxTimeout: 500 },
  });
  try {
    if (existsSync(marker) && existsSync(binary)) return binary;
    // Whatever is there was not unpacked whole by this version: unpack it again.
    await rm(binary, { force: true });
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const path = await sparticuz.executablePath();
    await writeFile(marker, `${path}\n`);
    return path;
  } finally {
    await release();
  }
}

/** CHROME_PATH or a system Chromium, by the order above; undefined for the npm-shipped one. */
function chosenExecutable(env: NodeJS.ProcessEnv): string | undefined {
  const chosen = env.CHROME_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (!existsSync(chosen)) {
      throw new MissingBrowserError(
        `CHROME_PATH is ${chosen}, which does not exist: expected the path of a Chromium or Chrome executable, ` +
          'or leave CHROME_PATH unset to use the Chromium that `npm ci` installs (@sparticuz/chromium).',
      );
    }
    return chosen;
  }
  return systemChromiumPaths.find((path) => existsSync(path));
}

/** The Chromium executable to run, by the order above; a CHROME_PATH that names no file is an error. */
export async function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return chosenExecutable(env) ?? bundledChromium();
}

/**
 * The Chromium that would run, named without unpacking or starting it: its path, size and time for a chosen
 * executable, the package's version for the npm-shipped one. What a browser measured or printed depends on
 * it, so a cache of those results is keyed by it.
 */
export async function chromiumIdentity(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = chosenExecutable(env);
  if (chosen === undefined) return `@sparticuz/chromium ${await bundledVersion()}`;
  const { size, mtimeMs } = await stat(chosen);
  return `${chosen} ${size} ${mtimeMs}`;
}
