// Reads what students see in the built outputs: the deck's slide text (as rendered in Chromium, speaker
// notes left out) and the handout's extracted PDF text, both with whitespace collapsed for comparison.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collapse, launchChromium, readPdf } from '@vmvc/testkit';

const deckFile = (root: string) => join(root, 'apps/deck/dist/index.html');
const handoutFile = (root: string) => join(root, 'apps/handouts/dist/handout-a4.pdf');

/** All text of a PDF, pages in order, as a reader would copy it. */
export async function pdfText(file: string): Promise<string> {
  return (await readPdf(await readFile(file))).text;
}

export async function deckText(root: string): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(deckFile(root)).href);
    await page.waitForSelector('.reveal.ready', { timeout: 30_000 });
    const text = await page.evaluate(() => {
      const slides = document.querySelector('.reveal .slides')?.cloneNode(true) as HTMLElement | undefined;
      if (!slides) return '';
      for (const hidden of slides.querySelectorAll('aside.notes, script, style')) hidden.remove();
      return slides.textContent ?? '';
    });
    return collapse(text);
  } finally {
    await browser.close();
  }
}

export async function handoutText(root: string): Promise<string> {
  return collapse(await pdfText(handoutFile(root)));
}
