// `npm run screenshots`: renders pictures of the deck from the built file into apps/deck/dist/screenshots/
// (not tracked): a few slides at 1280×720, and a contact sheet of every slide, the way a lecturer checks the
// whole deck at a glance. `--out <folder>` writes them elsewhere; the root `npm run readme-pictures` writes
// the README's committed pictures in docs/images/ (run it after a change to how slides look).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withPage } from '@vmvc/browser';
import { defineCommand, displayPath, exitCode, startCommand } from '@vmvc/command';
import { slideSequence } from '@vmvc/content';
import { type OutputFile, writeFiles } from '@vmvc/write-files';
import { deckRoot, defaultOutDir } from '../build/build-deck.ts';
import '../types/reveal-in-page.ts';

/** The slides the README shows one by one. */
const featured = ['why-isolation', 'comparison'];
/** The README's pictures: committed, rewritten only by `--readme` (root `npm run readme-pictures`). */
const readmeDir = join(deckRoot, '..', '..', 'docs', 'images');
/** Slides a row on the contact sheet, and each slide's width there in px. */
const sheetColumns = 4;
const thumbWidth = 480;

const screenshots = defineCommand({
  name: 'screenshots',
  usage: `usage: npm run screenshots [-- --out <folder> | --readme]

Pictures of the built deck: two slides and a contact sheet of every slide, into apps/deck/dist/screenshots/
by default; --readme replaces the README's pictures in docs/images/ (root \`npm run readme-pictures\`).`,
  options: { out: { type: 'string' }, readme: { type: 'boolean' } },
  currentContent: true,
  async run({ values, io, lecture }) {
    const imagesDir = values.readme
      ? readmeDir
      : values.out
        ? resolve(io.cwd, values.out)
        : join(defaultOutDir, 'screenshots');
    try {
      const slides = slideSequence(lecture);
      const outputs = await withPage(
        { url: pathToFileURL(join(defaultOutDir, 'index.html')).href },
        {
          viewport: { width: 1280, height: 720 },
          ready: () => document.documentElement.dataset.deck === 'ready',
        },
        async (page): Promise<OutputFile[]> => {
          const shots = new Map<string, Buffer>();
          for (const [index, slide] of slides.entries()) {
            // Every fragment shown: the slide as the lecturer ends it.
            await page.evaluate((h) => {
              const deck = window.Reveal;
              deck.slide(h, 0);
              while (deck.availableFragments().next) deck.nextFragment();
            }, index);
            await page.waitForFunction(
              () =>
                !document.querySelector('.reveal .slides > section.present')?.getAnimations({ subtree: true })
                  .length,
            );
            shots.set(slide.id, await page.screenshot());
          }

          // The sheet: every slide, numbered, in lecture order, composed by the browser from the shots above.
          const sheet = await page.context().newPage();
          const rows = Math.ceil(slides.length / sheetColumns);
          const gap = 12;
          await sheet.setViewportSize({
            width: sheetColumns * thumbWidth + (sheetColumns + 1) * gap,
            height: rows * ((thumbWidth * 9) / 16 + gap) + gap,
          });
          const cells = slides
            .map(
              (slide) =>
                `<figure><img alt="" src="data:image/png;base64,${shots.get(slide.id)?.toString('base64') ?? ''}"><figcaption>${slide.number}</figcaption></figure>`,
            )
            .join('');
          await sheet.setContent(
            `<style>body{margin:0;padding:${gap}px;background:#5b6272;display:grid;gap:${gap}px;grid-template-columns:repeat(${sheetColumns},${thumbWidth}px)}figure{margin:0;position:relative}img{display:block;width:100%}figcaption{position:absolute;left:0;top:0;padding:2px 8px;background:#1a1f2b;color:#fff;font:600 16px sans-serif}</style>${cells}`,
          );
          await sheet.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
          return [
            ...featured.map((id) => ({
              path: join(imagesDir, `deck-${id}.png`),
              data: shots.get(id) ?? Buffer.alloc(0),
            })),
            {
              path: join(imagesDir, 'deck-contact-sheet.png'),
              data: await sheet.screenshot({ fullPage: true }),
            },
          ];
        },
      );
      // All pictures or none: the README never shows one new slide beside an old one.
      await writeFiles(outputs);
      for (const { path } of outputs) io.stdout(`screenshot: ${displayPath(io.cwd, path)}`);
    } catch (error) {
      io.stderr(`screenshots failed: ${(error as Error).message}`);
      return exitCode.problems;
    }
  },
});

await startCommand(screenshots);
