// The build's fit check (build/fit-check.ts: the same page function, the same words) run by the dev server on
// the slides a save changed, in a Chromium it keeps open on its own page: that page takes the same patch as
// the lecturer's (over Vite's websocket), so a check measures the slides as they are shown, without starting
// a browser or loading the deck again. Its problems go on the page beside the save, not after the default set.
import type { Chromium, Page } from '@vmvc/browser';
import type { Slide } from '@vmvc/content';
import { type FitProblem, frameProblemsInPage } from '../build/fit-check.ts';

export interface SaveFitCheck {
  /**
   * The slides of `slides` that do not fit, measured once the kept page shows the lecture stamped `stamp`
   * (the save's page, patched or reloaded). Checks run one after the other, each on the page as it is then.
   */
  check(slides: readonly Slide[], indices: readonly number[], stamp: string): Promise<FitProblem[]>;
  close(): Promise<void>;
}

/** A fit check on the dev server at `url`, its browser started on the first check. */
export function fitCheckOnSave(url: string): SaveFitCheck {
  let opened: Promise<{ browser: Chromium; page: Page }> | undefined;
  const open = () => {
    opened ??= (async () => {
      // Loaded only when a check runs: playwright-core alone takes a good part of a second to load.
      const { launchChromium } = await import('@vmvc/browser');
      const browser = await launchChromium({ viewport: { width: 1280, height: 720 } });
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return { browser, page };
    })();
    return opened;
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    check(slides, indices, stamp) {
      const run = queue.then(async () => {
        const { page } = await open();
        await page.waitForFunction(
          (expected) =>
            document.documentElement.dataset.deck === 'ready' &&
            document.querySelector('meta[name="vmvc-content-stamp"]')?.getAttribute('content') === expected,
          stamp,
          { timeout: 15_000 },
        );
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const perSlide: string[][] = await page.evaluate(
          `${JSON.stringify(indices)}.map((index) => (${frameProblemsInPage.toString()})(index))`,
        );
        return indices.flatMap((index, i) => {
          const slide = slides[index];
          const what = perSlide[i] ?? [];
          return slide && what.length > 0 ? [{ slide, what }] : [];
        });
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      const done = opened;
      opened = undefined;
      await (await done?.catch(() => undefined))?.browser.close();
    },
  };
}
