// @vmvc/browser: the one way the kit starts Chromium, opens a page in it and prints a page to PDF.

export {
  type Chromium,
  chromiumExecutable,
  chromiumFlags,
  launchChromium,
  MissingBrowserError,
  type Page,
  systemChromiumPaths,
} from './launch-chromium.ts';
export { type PdfPrintOptions, printToPdf } from './print-to-pdf.ts';
export { type PageOptions, type PageSource, withPage } from './with-page.ts';
