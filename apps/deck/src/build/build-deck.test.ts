import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lecture, slideSequence } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuildDeckResult, buildDeck } from './build-deck.ts';
import { contentSecurityPolicy, pageInlineSources } from './csp.ts';
import { speakerViewInline } from './speaker-view.ts';

describe('buildDeck', () => {
  let root: string;
  let first: BuildDeckResult;
  let second: BuildDeckResult;
  let html: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vmvc-deck-build-'));
    first = await buildDeck({ lecture, outDir: join(root, 'a') });
    second = await buildDeck({ lecture, outDir: join(root, 'b') });
    html = await readFile(first.file, 'utf8');
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gives the same bytes for the same lecture', async () => {
    expect((await readFile(second.file)).equals(await readFile(first.file))).toBe(true);
  });

  it('writes exactly one file, index.html, and leaves no temporary file behind', async () => {
    expect(await readdir(join(root, 'a'))).toEqual(['index.html']);
    expect(first.file).toBe(join(root, 'a', 'index.html'));
    expect(first.bytes).toBe(Buffer.byteLength(html));
    // The count it reports is the count of slides in the page it wrote.
    expect(first.slideCount).toBe([...html.matchAll(/<section id="/g)].length);
    expect(first.slideCount).toBe(slideSequence(lecture).length);
  });

  it('replaces an existing deck in one step', async () => {
    await writeFile(join(root, 'a', 'index.html'), 'old');
    await buildDeck({ lecture, outDir: join(root, 'a') });
    expect(await readdir(join(root, 'a'))).toEqual(['index.html']);
    expect(await readFile(join(root, 'a', 'index.html'), 'utf8')).toBe(html);
  });

  it('allows exactly its own inline script and styles, the speaker view and the print view', async () => {
    const own = pageInlineSources(html);
    expect(own.scripts).toHaveLength(1);
    expect(own.styles.length).toBeGreaterThanOrEqual(2);
    const speaker = await speakerViewInline();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy).toBe(first.csp);
    expect(first.csp).toBe(
      contentSecurityPolicy({
        scripts: [...own.scripts, ...speaker.scripts],
        styles: [
          ...own.styles,
          ...speaker.styles,
          '@page{size:1280px 720px; margin: 0px;}',
          '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
        ],
        styleAttributes: speaker.styleAttributes,
      }),
    );
  });

  it('carries no style attribute of its own (the CSP would block it)', () => {
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    expect(markup.match(/\sstyle="/g) ?? []).toEqual([]);
  });

  it('names the folder it cannot write to', async () => {
    const blocker = join(root, 'a-file');
    await writeFile(blocker, '');
    await expect(buildDeck({ lecture, outDir: join(blocker, 'dist') })).rejects.toThrow(blocker);
  });
});
