// `npm run screenshots`: renders the README's pictures of the deck from the built file into
// docs/images/deck-<slide>.png (committed). Re-run after a change to how slides look.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '@vmvc/testkit';
import { type OutputFile, writeFiles } from '@vmvc/write-files';
import { deckRoot, defaultOutDir } from '../build/build-deck.ts';

const slides = ['title', 'comparison'];
const imagesDir = join(deckRoot, '..', '..', 'docs', 'images');

const browser = await launchChromium({ viewport: { width: 1280, height: 720 } });
try {
  const shots: OutputFile[] = [];
  const page = await browser.context.newPage();
  for (const id of slides) {
    await page.goto(`${pathToFileURL(join(defaultOutDir, 'index.html')).href}#/${id}`);
    await page.waitForFunction(() => document.documentElement.dataset.deck === 'ready');
    // Every fragment shown: the whole table, as the lecturer ends the slide.
    await page.evaluate(async () => {
      const deck = (
        window as unknown as { Reveal: { availableFragments(): { next: boolean }; nextFragment(): void } }
      ).Reveal;
      while (deck.availableFragments().next) deck.nextFragment();
      await document.fonts.ready;
    });
    await page.waitForFunction(
      () =>
        !document.querySelector('.reveal .slides > section.present')?.getAnimations({ subtree: true }).length,
    );
    shots.push({ path: join(imagesDir, `deck-${id}.png`), data: await page.screenshot() });
  }
  // All pictures or none: the README never shows one new slide beside an old one.
  await writeFiles(shots);
  for (const { path } of shots) console.log(`screenshot: ${path}`);
} catch (error) {
  console.error(`screenshots failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
