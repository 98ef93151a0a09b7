// @vmvc/browser: the one way the kit starts Chromium, shares it among a command's jobs, opens a page in it and
// prints a page to PDF.

export {
  type BrowserSession,
  type BrowserSessionOptions,
  browserSession,
  withBrowserSession,
} from './browser-session.ts';
export {
  chromiumExecutable,
  chromiumIdentity,
  MissingBrowserError,
  systemChromiumPaths,
} from './chromium-executable.ts';
export { type Chromium, chromiumFlags, launchChromium, type Page } from './launch-chromium.ts';
export { type PdfPrintOptions, printToPdf } from './print-to-pdf.ts';
export { type PageOptions, type PageSource, withPage } from './with-page.ts';
