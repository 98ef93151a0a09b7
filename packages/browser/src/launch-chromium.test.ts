// A real headless launch, from what npm installed, that draws a page.
import { describe, expect, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';

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
