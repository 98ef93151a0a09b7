// A page in a fresh Chromium, handed over once it is loaded, ready and its fonts are in, and closed with
// its browser whatever the caller did: the driver the deck's fit check, slides PDF and screenshots share.
import { launchChromium, type Page } from './launch-chromium.ts';

/** What the page shows: a file or server by its URL, or HTML given as it is (its relative URLs resolve nowhere). */
export type PageSource = { url: string } | { html: string };

export interface PageOptions {
  /** The window's size in CSS px; the launcher's default (1280×720) when not given. */
  viewport?: { width: number; height: number };
  /**
   * Run in the page until it returns true, after the load event: for a page that lays itself out in script.
   * Self-contained: Playwright sends it to the page as text.
   */
  ready?: () => boolean;
}

/** Opens `source` in a fresh Chromium, waits for it (load, `ready`, fonts), runs `use` on it, then closes the browser. */
export async function withPage<T>(
  source: PageSource,
  options: PageOptions,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const browser = await launchChromium(options.viewport ? { viewport: options.viewport } : {});
  try {
    const page = await browser.context.newPage();
    if ('url' in source) await page.goto(source.url, { waitUntil: 'load' });
    else await page.setContent(source.html, { waitUntil: 'load' });
    if (options.ready) await page.waitForFunction(options.ready);
    // Fonts decode asynchronously, even inlined ones: measure or print only with the real glyphs.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await use(page);
  } finally {
    await browser.close();
  }
}
