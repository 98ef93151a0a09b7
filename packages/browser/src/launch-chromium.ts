// The one way the kit starts a browser (the deck build's fit check, the slides PDF, the screenshots, tests and
// benches): the Chromium that chromiumExecutable finds, headless, with a private profile that playwright-core
// makes and removes, also when the process exits mid-run (Ctrl-C), when it kills the browser too.
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumExecutable } from './chromium-executable.ts';

/** A browser tab, as playwright-core drives it; re-exported so tests need not list playwright-core themselves. */
export type { Page };

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

export interface Chromium {
  context: BrowserContext;
  /** The executable that runs, for reports. */
  executable: string;
  close(): Promise<void>;
}

/**
 * A fresh Chromium and one browser context in it. Not a persistent context in a profile folder of our own:
 * playwright-core removes the profile it made itself on exit, where a folder of ours outlived a Ctrl-C.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<Chromium> {
  const executable = await chromiumExecutable();
  // Loaded here, not at the top: playwright-core takes a while to load, and a build whose browser jobs all
  // come from a cache, or a command that only imports this package's types and helpers, needs none of it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: executable, headless: true, args: chromiumFlags });
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 720 } });
    return { context, executable, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
