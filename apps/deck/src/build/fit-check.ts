// Whether every slide of a built deck fits its 1280×720 frame, measured where the deck is drawn: in Chromium,
// the only judge of CSS layout. The build refuses a deck with a slide whose content runs off the slide, below
// its body or out of a box that clips it, naming the slide and its place in the data, rather than ship a cut
// slide to a lecture hall. The same page function serves the rendering tests, so build and tests agree.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserSession, Page } from '@vmvc/browser';
import { chromiumIdentity } from '@vmvc/browser/chromium-executable';
import type { Slide } from '@vmvc/content';
import '../types/reveal-in-page.ts';
import { deckRoot } from './deck-root.ts';

/** One slide that does not fit, and what on it does not. */
export interface FitProblem {
  slide: Slide;
  what: string[];
}

/**
 * In the page: what on slide `h` (every step shown) leaves its frame, runs below the slide body (into the
 * terms box under it), or is clipped by its own box. Self-contained: Playwright sends it to the page as text.
 */
export function frameProblemsInPage(index: number): string[] {
  window.Reveal.slide(index, 0);
  while (window.Reveal.availableFragments().next) window.Reveal.nextFragment();
  const section = window.Reveal.getCurrentSlide();
  const frame = section.querySelector('.frame')?.getBoundingClientRect();
  if (!frame) return ['the slide has no .frame'];
  const body = section.querySelector('.slide-body')?.getBoundingClientRect();
  const out: string[] = [];
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  // Only the outermost element that fails a test is named: its children fail with it.
  const flagged = { leaves: new Set<Element>(), below: new Set<Element>(), clipped: new Set<Element>() };
  const flag = (kind: keyof typeof flagged, el: Element, message: string) => {
    const parent = el.parentElement;
    if (!(parent && flagged[kind].has(parent))) out.push(message);
    flagged[kind].add(el);
  };
  for (const el of section.querySelectorAll('.frame *')) {
    if (el.closest('.visually-hidden')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const past = Math.max(
      frame.left - r.left,
      r.right - frame.right,
      frame.top - r.top,
      r.bottom - frame.bottom,
    );
    if (past > 1) flag('leaves', el, `${name(el)} leaves the slide by ${Math.round(past)} px`);
    if (body && el.closest('.slide-body') && r.bottom > body.bottom + 1)
      flag('below', el, `${name(el)} runs ${Math.round(r.bottom - body.bottom)} px below the slide body`);
    if (
      el instanceof HTMLElement &&
      el.scrollWidth > el.clientWidth + 1 &&
      getComputedStyle(el).overflowX !== 'visible'
    )
      flag('clipped', el, `${name(el)} is clipped`);
  }
  return out;
}

/**
 * Every slide of `slides` that does not fit, in the deck open in `page`, in the order given. One round trip
 * for them all (one a slide took 0.2 s): the page function goes as text, as Playwright sends any page function.
 */
async function slidesThatDoNotFit(page: Page, slides: readonly Slide[]): Promise<FitProblem[]> {
  // A slide's number is its place in the deck, counted from 1; reveal.js counts from 0.
  const indices = JSON.stringify(slides.map((slide) => slide.number - 1));
  const perSlide: string[][] = await page.evaluate(
    `${indices}.map((index) => (${frameProblemsInPage.toString()})(index))`,
  );
  return slides.flatMap((slide, index) => {
    const what = perSlide[index] ?? [];
    return what.length > 0 ? [{ slide, what }] : [];
  });
}

const defaultCacheDir = join(deckRoot, 'node_modules', '.cache', 'vmvc-fit-check');

export interface FitCheckOptions {
  /** The command's browser session, shared with its other browser jobs; a Chromium of its own if none. */
  browser?: BrowserSession;
  /** Where verdicts are kept: the deck's cache folder by default. */
  cacheDir?: string;
}

/**
 * Checks `slides` (the whole deck, or the few that changed) of the deck `html` in Chromium at 1280×720 (the
 * slide's own size; reveal.js scales it as a whole, so what fits here fits on any screen). A verdict "fits"
 * is kept, keyed by everything that decides it: the page's bytes (its CSS and fonts are inline), the slides
 * checked, this check's page code and the Chromium that measures; the same question is not asked again, and
 * a build whose deck was checked before starts no browser for it.
 */
export async function checkFit(
  html: string,
  slides: readonly Slide[],
  { browser, cacheDir = defaultCacheDir }: FitCheckOptions = {},
): Promise<FitProblem[]> {
  const key = createHash('sha256')
    .update(html)
    .update(`\0${slides.map((slide) => slide.number).join(',')}\0${frameProblemsInPage.toString()}\0`)
    .update(await chromiumIdentity())
    .digest('hex');
  const mark = join(cacheDir, `${key}.fits`);
  if (
    await readFile(mark).then(
      () => true,
      () => false,
    )
  )
    return [];
  // Loaded only when a check runs: playwright-core is slow to load.
  const { withPage } = await import('@vmvc/browser');
  const problems = await withPage(
    { html },
    {
      viewport: { width: 1280, height: 720 },
      ready: () => document.documentElement.dataset.deck === 'ready',
      browser,
    },
    (page) => slidesThatDoNotFit(page, slides),
  );
  if (problems.length === 0) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(mark, '');
  }
  return problems;
}

/** The problems as the build says them: slide number, id and data path, then what does not fit. */
export function formatFitProblems(problems: readonly FitProblem[]): string {
  return problems
    .map(
      ({ slide, what }) =>
        `slide ${slide.number} (${slide.id}, ${slide.path}) does not fit its 1280×720 frame: ${what.slice(0, 3).join('; ')}${what.length > 3 ? `; and ${what.length - 3} more` : ''}`,
    )
    .join('\n');
}
