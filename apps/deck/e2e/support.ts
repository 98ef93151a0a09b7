// Shared by the browser tests: the built deck, Chromium, and a page that records what a test must not see
// (console errors, uncaught exceptions, requests that leave the deck's own origin, alert dialogs).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Chromium, launchChromium } from '@vmvc/browser';
import type { Page } from 'playwright-core';
import { deckRoot, defaultOutDir } from '../src/build/build-deck.ts';
import '../src/types/reveal-in-page.ts';

const deckFile = join(defaultOutDir, 'index.html');
const testResults = join(deckRoot, 'test-results');

/** The built deck; a missing build is a failure that says what to run. */
export function builtDeck(): string {
  if (!existsSync(deckFile)) {
    throw new Error(
      `${deckFile} does not exist: run \`npm run build\` in apps/deck first (root \`npm test\` does).`,
    );
  }
  return deckFile;
}

export async function resultsDir(): Promise<string> {
  await mkdir(testResults, { recursive: true });
  return testResults;
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions, from the page and every popup it opens. */
  errors: string[];
  /** URLs requested outside the deck's own origin (file:, data:, about: and the server itself are fine). */
  foreignRequests: string[];
  dialogs: string[];
}

/** A new page whose errors, foreign requests and dialogs (here and in popups) are recorded. */
export async function watchedPage(browser: Chromium, ownOrigin: string | null): Promise<Watched> {
  const watched: Watched = {
    page: await browser.context.newPage(),
    errors: [],
    foreignRequests: [],
    dialogs: [],
  };
  const own = (url: string) =>
    /^(?:file|data|about|blob):/.test(url) || (ownOrigin !== null && url.startsWith(ownOrigin));
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') watched.errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => watched.errors.push(`${page.url()}: ${error.message}`));
    page.on('dialog', (dialog) => {
      watched.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  };
  watch(watched.page);
  browser.context.on('page', watch);
  browser.context.on('request', (request) => {
    if (!own(request.url())) watched.foreignRequests.push(request.url());
  });
  return watched;
}

/** Opens the deck and waits until reveal.js is ready. */
export async function openDeck(page: Page, url: string): Promise<void> {
  // A fresh load each time: going from the deck to the same deck with another hash would only fire
  // hashchange, and the page would still say "ready" for the slide it was on.
  if (page.url() !== 'about:blank') await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
}

export const fileUrl = (file: string) => pathToFileURL(file).href;

export { type Chromium, launchChromium };
