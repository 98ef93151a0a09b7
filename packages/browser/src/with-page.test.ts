// withPage: a page is handed over only once its own script says it is ready, at the size asked for, and its
// browser is closed even when the caller fails.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from './launch-chromium.ts';
import { withPage } from './with-page.ts';

// The page fills itself in after load, the way reveal.js lays out a deck.
const latePage =
  '<p>loading</p><script>setTimeout(() => { document.querySelector("p").textContent = "김정현"; document.body.dataset.ready = "yes"; }, 100)</script>';

describe('withPage', () => {
  it('opens HTML or a file URL, waits for `ready`, and uses the viewport asked for', async () => {
    const fromHtml = await withPage(
      { html: latePage },
      { ready: () => document.body.dataset.ready === 'yes' },
      (page) => page.textContent('p'),
    );
    expect(fromHtml).toBe('김정현');

    const dir = await mkdtemp(join(tmpdir(), 'vmvc-browser-with-page-'));
    try {
      const file = join(dir, 'page.html');
      await writeFile(file, latePage);
      const fromUrl = await withPage(
        { url: pathToFileURL(file).href },
        { viewport: { width: 640, height: 360 }, ready: () => document.body.dataset.ready === 'yes' },
        async (page) => [await page.textContent('p'), await page.evaluate(() => [innerWidth, innerHeight])],
      );
      expect(fromUrl).toEqual(['김정현', [640, 360]]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('closes the browser when the caller fails, and passes the failure on', async () => {
    let opened: Page | undefined;
    const failing = withPage({ html: '<p>x</p>' }, {}, async (page) => {
      opened = page;
      throw new Error('the caller failed');
    });
    await expect(failing).rejects.toThrow('the caller failed');
    expect(opened?.isClosed()).toBe(true);
  });
});
