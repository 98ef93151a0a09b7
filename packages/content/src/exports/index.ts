// The lecture in the formats other course tools read: one module per format, each a pure function.
export { exportAnki, type Flashcard, flashcards } from './anki.js';
export { exportBibtex } from './bibtex.js';
export { exportCslJson } from './csl-json.js';
export {
  comparisonCsvColumns,
  exportComparisonCsv,
  exportProductsCsv,
  productsCsvColumns,
} from './csv.js';
export {
  type CsvTable,
  csvTables,
  type ExportFormat,
  type ExportOptions,
  exportFormats,
  getExportFormat,
} from './formats.js';
export { exportGift, type QuizQuestion, type QuizQuestionKind, quizQuestions } from './gift.js';
export { exportMarkdown } from './markdown.js';
export { exportMarp } from './marp.js';
