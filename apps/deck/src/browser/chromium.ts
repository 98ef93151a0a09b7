// Starts the system Chromium through playwright-core, for the browser tests and the bench. No browser is
// ever downloaded: a missing one is an error that says how to install it.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that work headless as root on this machine and keep Chromium off the (closed) network. */
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

export function assertChromium(path = chromiumPath): void {
  if (!existsSync(path)) {
    throw new MissingBrowserError(
      `No Chromium at ${path}. The deck's browser tests and bench need one: install Debian's package ` +
        '(`sudo apt-get install -y chromium`, which `bash .ci/run` does when it is missing) or set CHROME_PATH ' +
        'to a Chromium or Chrome executable. Do not run `npx playwright install`.',
    );
  }
}

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium with its own profile folder, removed again on close. */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Chromium> {
  assertChromium();
  const profile = await mkdtemp(join(tmpdir(), 'vmvc-deck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
    viewport: options.viewport ?? { width: 1280, height: 720 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
