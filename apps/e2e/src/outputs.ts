// Reads what students see in the built outputs: the deck's slide text (as rendered in Chromium, speaker
// notes left out), the handout's extracted PDF text and the PowerPoint's slide text (read from its XML),
// all with whitespace collapsed for comparison.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '@vmvc/browser';
import { collapse, readPdf } from '@vmvc/testkit';
import { strFromU8, unzipSync } from 'fflate';

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

const xmlText = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * The slides' text of a PowerPoint file, slide by slide: the runs of a paragraph joined as they read,
 * paragraphs apart by a space; notes pages left out. A figure's title is its group's name ("Figure: …"), as
 * the deck gives it as the SVG's title.
 */
export async function pptxFileText(file: string): Promise<string> {
  const files = unzipSync(new Uint8Array(await readFile(file)));
  const slides = Object.keys(files)
    .map((name) => ({ name, n: Number(/^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1]) }))
    .filter((s) => Number.isInteger(s.n))
    .sort((a, b) => a.n - b.n);
  const text = slides.flatMap(({ name }) => {
    const xml = strFromU8(files[name] as Uint8Array);
    const figures = [...xml.matchAll(/<p:grpSp><p:nvGrpSpPr><p:cNvPr id="\d+" name="Figure: ([^"]*)"/g)];
    return [
      ...figures.map((m) => xmlText(m[1] ?? '')),
      ...[...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
        [...(p[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => xmlText(t[1] ?? '')).join(''),
      ),
    ];
  });
  return collapse(text.join(' '));
}
