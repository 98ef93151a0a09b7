import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientTemplate } from './client-template.ts';

interface Entry {
  inputs: string[];
  digest: string;
  html: string;
}

describe('the client template', () => {
  let root: string;
  let cacheDir: string;
  let bundled: string;
  const entryFile = () => join(cacheDir, 'template.json');
  const entry = async () => JSON.parse(await readFile(entryFile(), 'utf8')) as Entry;
  const rewrite = (change: Partial<Entry>) =>
    entry().then((old) => writeFile(entryFile(), JSON.stringify({ ...old, ...change })));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vmvc-deck-client-'));
    cacheDir = join(root, 'cache');
    bundled = await clientTemplate(cacheDir);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is the page with reveal.js and the theme inlined and the deck’s placeholders still empty', async () => {
    expect(bundled).toContain('<html lang="en">');
    for (const placeholder of ['<!--deck:csp-->', '<!--deck:head-->', '<!--deck:slides-->'])
      expect(bundled).toContain(placeholder);
    // One file: the script and the styles are inline, nothing is loaded from elsewhere.
    const moduleScript = bundled.indexOf('<script type="module"');
    expect(moduleScript).toBeGreaterThan(0);
    expect(bundled.slice(moduleScript)).toContain('Reveal.js has already been initialized');
    expect(bundled).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    // Vite read the page, the deck's script and reveal.js; the list says which files to watch.
    expect((await entry()).inputs).toEqual(
      expect.arrayContaining([
        'index.html',
        'src/client/main.ts',
        'src/client/deck.css',
        '../../node_modules/reveal.js/dist/reveal.mjs',
      ]),
    );
  });

  it('comes from the cache while none of its files has changed', async () => {
    // A marked entry with the true digest: only the cache can give the mark back.
    await rewrite({ html: `${bundled}<!--from the cache-->` });
    expect(await clientTemplate(cacheDir)).toBe(`${bundled}<!--from the cache-->`);
  });

  it('is bundled again when a file that went into it has changed or is gone', async () => {
    // What a changed file looks like to the cache: its digest no longer matches.
    await rewrite({ html: 'stale', digest: '0'.repeat(64) });
    expect(await clientTemplate(cacheDir)).toBe(bundled);
    await rewrite({ html: 'stale', inputs: [...(await entry()).inputs, 'src/client/removed.ts'] });
    expect(await clientTemplate(cacheDir)).toBe(bundled);
    expect((await entry()).html).toBe(bundled);
  });
});
