// Lecture text is text, never markup: a fixture lecture with HTML in its terms, table, products, references
// and notes is built like the real one and must show those characters, run nothing and load nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Lecture, lecture, slideSequence } from '@vmvc/content';
import { validateLecture } from '@vmvc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.ts';
import { type Chromium, fileUrl, launchChromium, openDeck, type Watched, watchedPage } from './support.ts';

const attack = '<img src=x onerror=alert(1)>';
const closing = '</section></div><script>alert(2)</script>';
const quotes = '"quoted" & \'apostrophe\' <b>not bold</b>';

function fixtureLecture(): Lecture {
  const fixture = structuredClone(lecture);
  fixture.terms[0]!.term = attack;
  fixture.terms[0]!.definition = `Defined as ${closing}`;
  fixture.comparison.rows[0]!.vm = quotes;
  fixture.products[0]!.name = `${attack} Hypervisor`;
  fixture.references[0]!.title = `${quotes} 컨테이너`;
  fixture.frame.glossary.notes = `Say ${attack} aloud`;
  const checked = validateLecture(fixture);
  if (!checked.ok)
    throw new Error(`the escaping fixture is not a valid lecture: ${JSON.stringify(checked.problems)}`);
  return checked.lecture;
}

describe('escaping lecture text', () => {
  const fixture = fixtureLecture();
  const slides = slideSequence(fixture);
  let outDir: string;
  let browser: Chromium;
  let watched: Watched;

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'vmvc-deck-escaping-'));
    const { file } = await buildDeck({ lecture: fixture, outDir });
    browser = await launchChromium();
    watched = await watchedPage(browser, null);
    await openDeck(watched.page, fileUrl(file));
  });

  afterAll(async () => {
    await browser?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('keeps every slide: no text closed a section early', async () => {
    expect(await watched.page.evaluate(() => window.Reveal.getTotalSlides())).toBe(slides.length);
  });

  it('shows the markup in the text as the characters it is', async () => {
    const { page } = watched;
    expect(await page.textContent(`.glossary [data-term="${fixture.terms[0]!.id}"] dt`)).toBe(attack);
    expect(await page.textContent(`.glossary [data-term="${fixture.terms[0]!.id}"] dd`)).toBe(
      `Defined as ${closing}`,
    );
    expect(await page.textContent('#comparison tbody tr:first-child td.side-vm')).toBe(quotes);
    expect(await page.textContent(`[data-product="${fixture.products[0]!.id}"] .product-name`)).toBe(
      `${attack} Hypervisor`,
    );
    expect(
      await page.textContent(`[data-reference="${fixture.references[0]!.id}"] .reference-title`),
    ).toContain(`${quotes} 컨테이너`);
  });

  it('made no element of it: no image, no script, no bold', async () => {
    const { page } = watched;
    expect(
      await page.$$eval(
        '.reveal .slides img, .reveal .slides script, .reveal .slides b',
        (els) => els.length,
      ),
    ).toBe(0);
  });

  it('shows the notes literally in the speaker view too', async () => {
    const { page } = watched;
    await openDeck(page, `${page.url().split('#')[0]}#/glossary`);
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = speaker.locator('.speaker-controls-notes .value');
    await expect.poll(() => notes.textContent(), { timeout: 10_000 }).toBe(`Say ${attack} aloud`);
    expect(await notes.locator('img').count()).toBe(0);
    await speaker.close();
  });

  it('ran nothing and requested nothing', () => {
    expect(watched.dialogs).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
