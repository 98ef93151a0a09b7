import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrintView, printViewStyleSheets } from './deck-config.ts';

const revealDir = join(createRequire(import.meta.url).resolve('reveal.js'), '..', '..');

describe('deck config', () => {
  it('recognises the print view the way reveal.js does', () => {
    expect(isPrintView('?print-pdf')).toBe(true);
    expect(isPrintView('?view=print')).toBe(true);
    expect(isPrintView('?receiver&progress=false')).toBe(false);
  });

  it('knows the stylesheets reveal.js injects for printing, so the CSP can allow exactly those', async () => {
    // If reveal.js changes how it writes them, this fails before the print view silently loses its page size.
    const source = await readFile(join(revealDir, 'js', 'controllers', 'printview.js'), 'utf8');
    expect(source).toContain(
      "createStyleSheet( '@page{size:'+ pageWidth +'px '+ pageHeight +'px; margin: 0px;}' );",
    );
    expect(source).toContain(
      "createStyleSheet( '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: '+ slideWidth +'px; max-height:'+ slideHeight +'px}' );",
    );
    expect(printViewStyleSheets()).toEqual([
      '@page{size:1280px 720px; margin: 0px;}',
      '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
    ]);
  });
});
