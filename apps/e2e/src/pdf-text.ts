// The text a PDF reader would copy out of a PDF, via pdfjs-dist (pure JS, no system package).
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** All text of the PDF, pages in order, each line ended by a newline as pdf.js reports it. */
export async function pdfText(file: string): Promise<string> {
  const data = new Uint8Array(await readFile(file));
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 })
    .promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  await pdf.destroy();
  return text;
}
