// The lecture in the formats other course tools read: one module per format, each a pure function.
export { exportAnki, type Flashcard, flashcards } from './anki.ts';
export { exportApkg } from './apkg.ts';
export { exportBiblatex } from './biblatex.ts';
export { exportBibtex } from './bibtex.ts';
export { exportCslJson } from './csl-json.ts';
export {
  comparisonCsvColumns,
  exportComparisonCsv,
  exportProductsCsv,
  productsCsvColumns,
} from './csv.ts';
export {
  type CsvTable,
  csvTables,
  type ExportFormat,
  type ExportOptions,
  type ExportOutput,
  exportFormats,
  getExportFormat,
} from './formats.ts';
export { exportGift } from './gift.ts';
export { exportMarkdown } from './markdown.ts';
export { exportMarp, type MarpOptions } from './marp.ts';
export type { FontSlice, NotoSansKrFiles } from './marp-fonts.ts';
export { exportMoodleXml } from './moodle-xml.ts';
export { notoSansKrFiles } from './noto-sans-kr-files.ts';
export { exportQti } from './qti.ts';
export { exportRis } from './ris.ts';
