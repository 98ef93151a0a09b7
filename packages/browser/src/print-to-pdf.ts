// A page printed to PDF by Chromium: the page size its CSS asks for, backgrounds printed, tagged, so what
// prints is what the page lays out for print.
import { type PageOptions, type PageSource, withPage } from './with-page.ts';

export interface PdfPrintOptions extends PageOptions {
  /** Chromium's own outline from the headings; off by default, for callers that write their own. */
  outline?: boolean;
}

/** The PDF Chromium prints of `source` once it is ready (see withPage), as it comes. */
export function printToPdf(source: PageSource, options: PdfPrintOptions = {}): Promise<Uint8Array> {
  const { outline = false, ...pageOptions } = options;
  return withPage(source, pageOptions, (page) =>
    page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline }),
  );
}
