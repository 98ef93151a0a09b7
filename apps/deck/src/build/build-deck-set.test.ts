// buildDeckSet as `npm run build` runs it: one Chromium for the fit check and the slides PDF of a deck not
// seen before, none for a deck whose verdict and print are kept, and the same bytes either way.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserSession, launchChromium } from '@vmvc/browser';
import { lecture } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeckSet } from './build-deck-set.ts';

const files = ['index.html', 'lecture.pptx', 'slides.pdf'];

describe('buildDeckSet', () => {
  let root: string;
  let launches = 0;
  /** A session whose launcher counts the Chromiums it starts. */
  const countedSession = () =>
    browserSession({
      launch: () => {
        launches++;
        return launchChromium();
      },
    });
  /** Builds the set into `root/name` with the cache folder `root/cache`; the launches it took. */
  const build = async (name: string, of = lecture) => {
    const before = launches;
    const browser = countedSession();
    try {
      await buildDeckSet({ lecture: of, outDir: join(root, name), browser, cacheDir: join(root, 'cache') });
    } finally {
      await browser.close();
    }
    return launches - before;
  };
  const bytes = (name: string, file: string) => readFile(join(root, name, file));

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vmvc-deck-set-'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('starts one Chromium for a deck it has not seen, and none when the deck was checked and printed before', async () => {
    expect(await build('cold')).toBe(1);
    expect(await build('warm')).toBe(0);
    for (const name of ['cold', 'warm']) expect((await readdir(join(root, name))).sort()).toEqual(files);
    // The kept verdict and print change nothing a reader gets.
    for (const file of files)
      expect((await bytes('warm', file)).equals(await bytes('cold', file)), file).toBe(true);
    // The print is a real print of this deck: its pages are the slides.
    expect((await bytes('warm', 'slides.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes nothing of a deck with a slide that does not fit, and prints none of it', async () => {
    const crowded = structuredClone(lecture);
    crowded.sections[1]!.slides[0]!.bullets = Array.from(
      { length: 8 },
      (_, i) =>
        `Point ${i + 1}: a hypervisor gives each virtual machine its own kernel, its own devices and its own memory, so that one guest cannot see another`,
    );
    const checked = validateLecture(crowded);
    if (!checked.ok) throw new Error(`the fixture is not valid: ${JSON.stringify(checked.problems)}`);
    const before = launches;
    await expect(build('crowded', checked.lecture)).rejects.toThrow(
      /slide\(s\) do not fit, nothing was written/,
    );
    expect(launches - before).toBe(1);
    expect(await readdir(join(root, 'crowded'))).toEqual([]);
    // Only the prints of the good deck are kept: the cut one was never printed.
    expect(await readdir(join(root, 'cache', 'slides-pdf'))).toHaveLength(1);
  });
});
