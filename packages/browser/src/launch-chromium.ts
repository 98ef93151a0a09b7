// The one way the kit starts a browser (the deck build's fit check, the slides PDF, the screenshots, tests and
// benches): CHROME_PATH if set, else a system Chromium, else the Chromium that ships inside the
// @sparticuz/chromium npm package, so `npm ci && npm test` needs no system package.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { lock } from 'proper-lockfile';

/** A browser tab, as playwright-core drives it; re-exported so tests need not list playwright-core themselves. */
export type { Page };

/** Where a system Chromium is looked for when CHROME_PATH is not set (Debian's `chromium` package first). */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Flags for headless runs as root that keep Chromium off the closed network. Not @sparticuz/chromium's own
 * list: that one is for serverless hosts and turns off web security and site isolation, which would let a
 * test pass that the deck's Content-Security-Policy should fail.
 */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export class MissingBrowserError extends Error {}

const require = createRequire(import.meta.url);

/**
 * Unpacks the npm-shipped Chromium once per machine (about 2-4 s). The package unpacks into the temp folder
 * and returns any `chromium` file it finds there, even one half written by a process that is still
 * unpacking, so parallel test workers take a lock, and a marker names the version that was unpacked whole.
 */
async function bundledChromium(): Promise<string> {
  // The package's exports map hides its package.json: read it beside the entry (build/cjs/index.cjs).
  const entry = require.resolve('@sparticuz/chromium');
  const manifest = join(dirname(entry), '..', '..', 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
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

/** The Chromium executable to run, by the order above; a CHROME_PATH that names no file is an error. */
export async function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<string> {
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
  return systemChromiumPaths.find((path) => existsSync(path)) ?? bundledChromium();
}

export interface Chromium {
  context: BrowserContext;
  /** The executable that runs, for reports. */
  executable: string;
  close(): Promise<void>;
}

/** A fresh Chromium with its own profile folder, removed again on close. */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Chromium> {
  const executable = await chromiumExecutable();
  const profile = await mkdtemp(join(tmpdir(), 'vmvc-chromium-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless: true,
      args: chromiumFlags,
      viewport: options.viewport ?? { width: 1280, height: 720 },
    });
    return {
      context,
      executable,
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
