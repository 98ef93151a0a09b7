// The launcher's order (CHROME_PATH first, never a skip) and a real headless launch that draws a page.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExecutable, launchChromium, MissingBrowserError } from './launch-chromium.ts';

describe('chromiumExecutable', () => {
  it('takes CHROME_PATH first, and fails (never skips) when it names no file', async () => {
    const fake = join(tmpdir(), `vmvc-browser-fake-chrome-${process.pid}`);
    await writeFile(fake, '');
    await expect(chromiumExecutable({ CHROME_PATH: fake })).resolves.toBe(fake);
    const missing = chromiumExecutable({ CHROME_PATH: '/nonexistent/chromium' });
    await expect(missing).rejects.toThrow(MissingBrowserError);
    await expect(chromiumExecutable({ CHROME_PATH: '/nonexistent/chromium' })).rejects.toThrow(
      /CHROME_PATH is \/nonexistent\/chromium.*@sparticuz\/chromium/s,
    );
  });
});

describe('launchChromium', () => {
  it('starts a headless Chromium from what npm installed when nothing else is set, and draws a page', async () => {
    const browser = await launchChromium({ viewport: { width: 1280, height: 720 } });
    try {
      const page = await browser.context.newPage();
      await page.setContent('<p lang="ko">김정현</p>');
      expect(await page.textContent('p')).toBe('김정현');
      expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 720]);
    } finally {
      await browser.close();
    }
  });
});
