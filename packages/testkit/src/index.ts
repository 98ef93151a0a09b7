// @vmvc/testkit: what the tests, benches and screenshots of every app share, so each job is done one way.

export { type BenchFigure, benchExitCode, benchTable, median, withinBudget } from './bench-table.ts';
export {
  type Chromium,
  chromiumExecutable,
  chromiumFlags,
  launchChromium,
  MissingBrowserError,
  type Page,
  systemChromiumPaths,
} from './chromium.ts';
export { freePort } from './free-port.ts';
export { folderBytes, installedPackages, installPacked, type PackedInstall } from './install-packed.ts';
export { type PdfFont, pdfFonts } from './pdf-fonts.ts';
export { type PdfPage, type ReadPdf, readPdf, type TextItem } from './read-pdf.ts';
export {
  type AnnotationRef,
  elementsOf,
  type MarkedContent,
  readStructTree,
  type StructElement,
  type StructKid,
  type StructTree,
  type StructTreePage,
  textOf,
  type ViewerStructNode,
} from './read-struct-tree.ts';
export { type RenderedPage, renderPdfPage, type TextBox } from './render-pdf-page.ts';
export { collapse, squeeze } from './whitespace.ts';
