// The index of export formats: what each is called, what it holds, its file extension and media type.
// The `vmvc-content export` command lists and runs these; other tools can do the same.
import type { Lecture } from '../schema/index.ts';
import { exportAnki } from './anki.ts';
import { exportBibtex } from './bibtex.ts';
import { exportCslJson } from './csl-json.ts';
import { exportComparisonCsv, exportProductsCsv } from './csv.ts';
import { exportGift } from './gift.ts';
import { exportMarkdown } from './markdown.ts';
import { exportMarp } from './marp.ts';

/** The tables the `csv` format can write, the first being the default. */
export const csvTables = ['comparison', 'products'] as const;
export type CsvTable = (typeof csvTables)[number];

export interface ExportOptions {
  /** For `csv`: which table; `comparison` when not given. */
  table?: CsvTable;
}

/** What a format writes: text (UTF-8 when saved) or the bytes of a binary file. */
export type ExportOutput = string | Uint8Array;

export interface ExportFormat {
  /** What `--format` takes: `bibtex`. */
  name: string;
  /** One line: what the file holds and which tools read it. */
  description: string;
  /** The usual file name ending, with its dot: `.bib`. */
  extension: string;
  /** The media type to serve it with. */
  mediaType: string;
  /** True for a format whose output is bytes (a package), never text for a terminal. */
  binary?: boolean;
  /**
   * Writes the lecture in this format: text, or bytes for a package (a zip, an Anki collection), at once or as
   * a promise where the writer loads its tools first. Pure: the same lecture gives the same output.
   */
  render: (lecture: Lecture, options?: ExportOptions) => ExportOutput | Promise<ExportOutput>;
}

export const exportFormats: readonly ExportFormat[] = [
  {
    name: 'csl-json',
    description: 'the references as CSL-JSON (Zotero, pandoc --citeproc, citation-js)',
    extension: '.json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    render: exportCslJson,
  },
  {
    name: 'bibtex',
    description: 'the references as BibLaTeX @online entries, UTF-8 (LaTeX with biber, reference managers)',
    extension: '.bib',
    mediaType: 'application/x-bibtex; charset=utf-8',
    render: exportBibtex,
  },
  {
    name: 'markdown',
    description:
      'the whole lecture as one document: sections, figure description, comparison table, products, terms, references',
    extension: '.md',
    mediaType: 'text/markdown; charset=utf-8; variant=GFM',
    render: exportMarkdown,
  },
  {
    name: 'csv',
    description:
      'the comparison table (--table comparison, the default) or the product list (--table products)',
    extension: '.csv',
    mediaType: 'text/csv; charset=utf-8; header=present',
    render: (lecture, options) =>
      options?.table === 'products' ? exportProductsCsv(lecture) : exportComparisonCsv(lecture),
  },
  {
    name: 'gift',
    description:
      'a Moodle quiz in GIFT: terms, the comparison and the products, with feedback naming the section',
    // Moodle's import takes GIFT files with the .txt extension.
    extension: '.txt',
    mediaType: 'text/plain; charset=utf-8',
    render: exportGift,
  },
  {
    name: 'anki',
    description: 'flashcards for Anki as TSV (front, back, tags) from the terms and the comparison',
    extension: '.tsv',
    mediaType: 'text/tab-separated-values; charset=utf-8',
    render: exportAnki,
  },
  {
    name: 'marp',
    description: 'the slide sequence as a Marp deck with speaker notes',
    extension: '.md',
    mediaType: 'text/markdown; charset=utf-8',
    render: exportMarp,
  },
];

/** The format of that name, or undefined. */
export function getExportFormat(name: string): ExportFormat | undefined {
  return exportFormats.find((f) => f.name === name);
}
