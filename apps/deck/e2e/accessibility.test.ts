// axe-core on every slide of the built deck (all fragments shown): no serious or critical violation,
// colour contrast (WCAG AA) included; the language is set and the figure has its text alternative.
import AxeBuilder from '@axe-core/playwright';
import { lecture, slideSequence } from '@vmvc/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtDeck,
  type Chromium,
  fileUrl,
  launchChromium,
  openDeck,
  type Watched,
  watchedPage,
} from './support.ts';

const slides = slideSequence(lecture);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The serious and critical violations, one line each. */
function serious(result: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of the deck', () => {
  let browser: Chromium;
  let watched: Watched;

  beforeAll(async () => {
    browser = await launchChromium();
    watched = await watchedPage(browser, null);
    await openDeck(watched.page, fileUrl(builtDeck()));
    // No slide transition to wait for between slides; what axe checks does not depend on it.
    await watched.page.evaluate(() => window.Reveal.configure({ transition: 'none' }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('declares the lecture language on the page', async () => {
    expect(await watched.page.getAttribute('html', 'lang')).toBe(lecture.meta.language);
    // Korean text is marked as Korean, so screen readers switch voices.
    const korean = await watched.page.$$eval('[lang="ko"]', (els) => els.map((e) => e.textContent));
    expect(korean).toContain(lecture.meta.authors[0]!.nameOriginal);
    for (const reference of lecture.references.filter((r) => r.language === 'ko')) {
      expect(korean).toContain(reference.title);
    }
  });

  it('gives the architecture figure the content’s text alternative', async () => {
    const figure = lecture.figures[0]!;
    const svg = watched.page.locator(`figure[data-figure="${figure.id}"] svg`);
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toBe(figure.alt);
  });

  it('has no serious or critical violation on the page as a whole (title slide showing)', async () => {
    const { page } = watched;
    await page.evaluate(() => window.Reveal.slide(0, 0));
    const result = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(serious(result)).toEqual([]);
  });

  it.each(slides.map((s) => [s.number, s.id] as const))(
    'slide %i (%s) has no serious or critical axe violation',
    async (number) => {
      const { page } = watched;
      await page.evaluate((h) => {
        window.Reveal.slide(h, 0);
        while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
      }, number - 1);
      // Let the fragments' fade finish, so axe sees final colours.
      await page.waitForFunction(
        () =>
          !document.querySelector('.reveal .slides > section.present')?.getAnimations({ subtree: true })
            .length,
      );
      const result = await new AxeBuilder({ page })
        .include('.reveal .slides > section.present')
        .withTags(tags)
        .analyze();
      expect(serious(result)).toEqual([]);
      // Every HTML text on the slide had its contrast measured: none left "incomplete" (e.g. text on an
      // image). axe cannot measure SVG text; the figure's colours are checked in ArchitectureFigure.test.ts.
      const unmeasured = result.incomplete
        .filter((r) => r.id === 'color-contrast')
        .flatMap((r) => r.nodes.map((n) => n.target.join(' ')))
        .filter((target) => !/(?:^|> )text\[/.test(target));
      expect(unmeasured).toEqual([]);
    },
  );

  it('would notice a violation: a pale line of text on the present slide fails colour contrast', async () => {
    const { page } = watched;
    await page.evaluate(
      (h) => window.Reveal.slide(h, 0),
      slides.findIndex((s) => s.id === 'comparison'),
    );
    await page.evaluate(() => {
      const line = document.createElement('p');
      line.id = 'axe-canary';
      line.textContent = 'Pale text a projector would wash out';
      line.style.color = '#c0c0c0';
      document.querySelector('.reveal .slides > section.present .frame')?.append(line);
    });
    const result = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    await page.evaluate(() => document.getElementById('axe-canary')?.remove());
    const targets = result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
    expect(targets).toContain('#axe-canary');
  });

  it('logged no error', () => {
    expect(watched.errors).toEqual([]);
  });
});
