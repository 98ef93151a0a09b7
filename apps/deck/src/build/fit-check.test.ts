import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSession, launchChromium } from '@vmvc/browser';
import { lecture, slideSequence } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from './build-deck.ts';
import { checkFit } from './fit-check.ts';

describe('the fit check of the deck build', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vmvc-deck-fit-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a lecture whose slide runs off its frame, naming the slide and its data, and writes nothing', async () => {
    // Valid text that no 1280×720 slide holds: eight long bullets on the first content slide.
    const crowded = structuredClone(lecture);
    const slide = crowded.sections[1]!.slides[0]!;
    slide.bullets = Array.from(
      { length: 8 },
      (_, i) =>
        `Point ${i + 1}: a hypervisor gives each virtual machine its own kernel, its own devices and its own memory, so that one guest cannot see another`,
    );
    const checked = validateLecture(crowded);
    if (!checked.ok) throw new Error(`the fixture is not valid: ${JSON.stringify(checked.problems)}`);
    const target = slideSequence(checked.lecture).find((s) => s.path === 'sections[1].slides[0]')!;

    const outDir = join(root, 'crowded');
    await buildDeck({ lecture, outDir });
    const before = await readFile(join(outDir, 'index.html'));
    const failure = await buildDeck({ lecture: checked.lecture, outDir }).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(failure).toContain(
      `slide ${target.number} (${target.id}, sections[1].slides[0]) does not fit its 1280×720 frame`,
    );
    expect(failure).toMatch(/runs \d+ px below the slide body|leaves the slide by \d+ px/);
    expect(failure).toContain('nothing was written');
    // The last good deck is still there, byte for byte, and nothing else appeared beside it.
    expect((await readFile(join(outDir, 'index.html'))).equals(before)).toBe(true);
    expect(await readdir(outDir)).toEqual(['index.html']);
  });

  it('checks the same bytes once: a second check of them starts no browser', async () => {
    const cacheDir = join(root, 'cache');
    await buildDeck({ lecture, outDir: join(root, 'cached') });
    const html = await readFile(join(root, 'cached', 'index.html'), 'utf8');
    let launches = 0;
    const browser = browserSession({
      launch: () => {
        launches++;
        return launchChromium();
      },
    });
    try {
      expect(await checkFit(html, slideSequence(lecture), { browser, cacheDir })).toEqual([]);
      expect(launches).toBe(1);
      expect(await readdir(cacheDir)).toHaveLength(1);
      const fresh = browserSession({
        launch: () => {
          launches++;
          return launchChromium();
        },
      });
      expect(await checkFit(html, slideSequence(lecture), { browser: fresh, cacheDir })).toEqual([]);
      expect(launches).toBe(1);
      // Other bytes, or other slides of them, are another question.
      expect(await checkFit(`${html}\n`, slideSequence(lecture), { browser, cacheDir })).toEqual([]);
      expect(await checkFit(html, slideSequence(lecture).slice(0, 2), { browser, cacheDir })).toEqual([]);
      expect(await readdir(cacheDir)).toHaveLength(3);
      expect(launches).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
