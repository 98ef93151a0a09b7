// The lecture in the formats other course tools read: one module per format, each a pure function.
export { exportAnki, type Flashcard, flashcards } from './anki.ts';
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
export { exportGift, type QuizQuestion, type QuizQuestionKind, quizQuestions } from './gift.ts';
export { exportMarkdown } from './markdown.ts';
export { exportMarp } from './marp.ts';
