// Reads a PDF the way a student's viewer does, with pdfjs-dist (pure JS, no system package): the text of
// each page with where it sits and its type size, the links, the bookmarks and the document information.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  width: number;
  /** The type size, from the text matrix. */
  size: number;
  hasEOL: boolean;
}

export interface PdfPage {
  width: number;
  height: number;
  items: TextItem[];
  /** The page's text with line ends as newlines. */
  text: string;
  links: string[];
}

export interface ReadPdf {
  pages: PdfPage[];
  /** Every page's text, one after the other. */
  text: string;
  outline: string[];
  info: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        items.push({
          str: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          size: Math.abs(item.transform[3] as number),
          hasEOL: item.hasEOL,
        });
      }
      const text = items.map((i) => `${i.str}${i.hasEOL ? '\n' : ''}`).join('');
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string }[];
      const links = annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url as string);
      pages.push({ width, height, items, text, links });
    }
    const outline = ((await doc.getOutline()) ?? []).map((entry) => entry.title);
    const { info } = await doc.getMetadata();
    return {
      pages,
      text: pages.map((p) => p.text).join('\n'),
      outline,
      info: info as Record<string, unknown>,
    };
  } finally {
    await doc.destroy();
  }
}
