// printToPdf: the page size the page's CSS asks for, one PDF page per printed page, the text kept as text.
import { readPdf } from '@vmvc/testkit';
import { describe, expect, it } from 'vitest';
import { printToPdf } from './print-to-pdf.ts';

describe('printToPdf', () => {
  it("prints at the CSS page size, page by page, once the page's script is done", async () => {
    // 400×300 CSS px is 300×225 pt; the second page appears only after load.
    const html =
      '<style>@page { size: 400px 300px; margin: 0 } section { break-after: page }</style>' +
      '<section>first page</section>' +
      '<script>setTimeout(() => { const s = document.createElement("section"); s.textContent = "second page"; document.body.append(s); document.body.dataset.ready = "yes"; }, 100)</script>';
    const pdf = await readPdf(
      await printToPdf({ html }, { ready: () => document.body.dataset.ready === 'yes' }),
    );
    // Chromium rounds the page size to its own units, a fraction of a point off.
    expect(pdf.pages.map(({ width, height }) => [Math.round(width), Math.round(height)])).toEqual([
      [300, 225],
      [300, 225],
    ]);
    expect(pdf.pages.map((page) => page.text.trim())).toEqual(['first page', 'second page']);
    expect(pdf.outline).toEqual([]);
  });
});
