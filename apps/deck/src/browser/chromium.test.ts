import { describe, expect, it } from 'vitest';
import { assertChromium, chromiumFlags, MissingBrowserError } from './chromium.ts';

describe('chromium', () => {
  it('fails, never skips, when there is no browser, and says how to install one', () => {
    expect(() => assertChromium('/nonexistent/chromium')).toThrow(MissingBrowserError);
    expect(() => assertChromium('/nonexistent/chromium')).toThrow(
      /apt-get install -y chromium.*CHROME_PATH/s,
    );
  });

  it('keeps Chromium off the network and runs headless as root', () => {
    expect(chromiumFlags).toEqual(
      expect.arrayContaining([
        '--headless',
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
      ]),
    );
  });
});
