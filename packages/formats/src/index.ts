// @vmvc/formats: the lecture in the formats other course tools read, one pure function a format, and the
// validation a lecture file gets before any of them writes it. The `vmvc` command (src/cli) runs both.
export { exportAnki, type Flashcard, flashcards } from './anki/anki.ts';
export { AnkiHistoryError } from './anki/anki-history.ts';
export { type ApkgOptions, exportApkg } from './anki/apkg.ts';
export { exportBiblatex } from './citations/biblatex.ts';
export { exportBibtex } from './citations/bibtex.ts';
export { exportCslJson } from './citations/csl-json.ts';
export { exportRis } from './citations/ris.ts';
export {
  type CsvTable,
  csvTables,
  type ExportFormat,
  type ExportOptions,
  type ExportOutput,
  exportFormats,
  getExportFormat,
} from './formats.ts';
export type { MarpFont } from './marp/font-face-rules.ts';
export { exportMarp, type MarpOptions } from './marp/marp.ts';
export { marpFont } from './marp/marp-font.ts';
export { exportGift } from './quiz/gift.ts';
export { exportMoodleXml } from './quiz/moodle-xml.ts';
export { exportQti } from './quiz/qti.ts';
export {
  type BankCategory,
  type BankQuestion,
  type BankQuestionOrigin,
  type BankSlide,
  bankCategories,
  questionBank,
  slideCitation,
} from './quiz/question-bank.ts';
export {
  comparisonCsvColumns,
  exportComparisonCsv,
  exportProductsCsv,
  productsCsvColumns,
} from './text/csv.ts';
export { exportMarkdown } from './text/markdown.ts';
export { formatProblem, type Problem, type ValidationResult, validateLecture } from './validate.ts';
