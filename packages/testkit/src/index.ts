// @vmvc/testkit: what the tests and benches of every package share, so each job is done one way. Nothing that
// ships imports it: a browser comes from @vmvc/browser.

export { type BenchFigure, benchExitCode, benchTable, median, withinBudget } from './bench-table.ts';
export { freePort } from './free-port.ts';
export {
  folderBytes,
  installedPackages,
  installPacked,
  lintPublished,
  type PackedInstall,
  typecheckConsumer,
} from './install-packed.ts';
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
