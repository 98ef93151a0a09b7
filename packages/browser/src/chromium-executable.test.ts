// Which Chromium runs: CHROME_PATH first, never a skip; and its name for caches, found without starting it.
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumExecutable, chromiumIdentity, MissingBrowserError } from './chromium-executable.ts';

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
    await rm(fake, { force: true });
  });
});

describe('chromiumIdentity', () => {
  it('names the chosen executable by path and bytes, so another Chromium gets another name', async () => {
    const fake = join(tmpdir(), `vmvc-browser-identity-${process.pid}`);
    try {
      await writeFile(fake, 'one');
      const first = await chromiumIdentity({ CHROME_PATH: fake });
      expect(first).toMatch(new RegExp(`^${fake} 3 `));
      expect(await chromiumIdentity({ CHROME_PATH: fake })).toBe(first);
      await writeFile(fake, 'a newer one');
      expect(await chromiumIdentity({ CHROME_PATH: fake })).not.toBe(first);
      await expect(chromiumIdentity({ CHROME_PATH: '/nonexistent/chromium' })).rejects.toThrow(
        MissingBrowserError,
      );
    } finally {
      await rm(fake, { force: true });
    }
  });
});
