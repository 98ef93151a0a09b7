// A page opened in Chromium and handed over once it is loaded, ready and its fonts are in, then closed
// whatever the caller did: the driver the deck's fit check, slides PDF and screenshots share. In the
// command's browser session when one is given, else in a Chromium of its own, closed with the page.
import { type BrowserSession, withBrowserSession } from './browser-session.ts';
import type { Page } from './launch-chromium.ts';

/** What the page shows: a file or server by its URL, or HTML given as it is (its relative URLs resolve nowhere). */
export type PageSource = { url: string } | { html: string };

export interface PageOptions {
  /** The window's size in CSS px; 1280×720 when not given. */
  viewport?: { width: number; height: number };
  /**
   * Run in the page until it returns true, after the load event: for a page that lays itself out in script.
   * Self-contained: Playwright sends it to the page as text.
   */
  ready?: () => boolean;
  /** The session whose Chromium opens the page (left open for the next job); a Chromium of its own if none. */
  browser?: BrowserSession;
}

/** Opens `source` in a new page, waits for it (load, `ready`, fonts), runs `use` on it, then closes the page. */
export async function withPage<T>(
  source: PageSource,
  options: PageOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const { browser, ...pageOptions } = options;
  if (!browser)
    return withBrowserSession((session) => withPage(source, { ...pageOptions, browser: session }, use));
  const { context } = await browser.chromium();
  const page = await context.newPage();
  try {
    await page.setViewportSize(options.viewport ?? { width: 1280, height: 720 });
    if ('url' in source) await page.goto(source.url, { waitUntil: 'load' });
    else await page.setContent(source.html, { waitUntil: 'load' });
    if (options.ready) await page.waitForFunction(options.ready);
    // Fonts decode asynchronously, even inlined ones: measure or print only with the real glyphs.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await use(page);
  } finally {
    await page.close();
  }
}
