// `npm run screenshots`: renders the README's pictures of the deck from the built file into
// docs/images/deck-<slide>.png (committed). Re-run after a change to how slides look.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '@vmvc/testkit';
import writeFileAtomic from 'write-file-atomic';
import { deckRoot, defaultOutDir } from '../build/build-deck.ts';

const slides = ['title', 'comparison'];
const imagesDir = join(deckRoot, '..', '..', 'docs', 'images');

const browser = await launchChromium({ viewport: { width: 1280, height: 720 } });
try {
  // The atomic writer makes no folder.
  await mkdir(imagesDir, { recursive: true });
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
    const file = join(imagesDir, `deck-${id}.png`);
    await writeFileAtomic(file, await page.screenshot());
    console.log(`screenshot: ${file}`);
  }
} catch (error) {
  console.error(`screenshots failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
