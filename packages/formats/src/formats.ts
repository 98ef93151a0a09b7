// The index of export formats: what each is called, what it holds, its file extension and media type.
// The `vmvc export` command lists and runs these; other tools can do the same.
import type { Lecture } from '@vmvc/content';
import { exportAnki } from './anki/anki.ts';
import { exportApkg } from './anki/apkg.ts';
import { exportBiblatex } from './citations/biblatex.ts';
import { exportBibtex } from './citations/bibtex.ts';
import { exportCslJson } from './citations/csl-json.ts';
import { exportRis } from './citations/ris.ts';
import { exportMarp } from './marp/marp.ts';
import { marpFont } from './marp/marp-font.ts';
import { exportGift } from './quiz/gift.ts';
import { exportMoodleXml } from './quiz/moodle-xml.ts';
import { exportQti } from './quiz/qti.ts';
import { exportComparisonCsv, exportProductsCsv } from './text/csv.ts';
import { exportMarkdown } from './text/markdown.ts';

/** The tables the `csv` format can write, the first being the default. */
export const csvTables = ['comparison', 'products'] as const;
export type CsvTable = (typeof csvTables)[number];

export interface ExportOptions {
  /** For `csv`: which table; `comparison` when not given. */
  table?: CsvTable;
  /** For a format that `continuesPrevious`: the bytes of the file this export replaces. */
  previous?: Uint8Array;
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
   * True for a format that continues the file it replaces (`options.previous`): the Anki package, whose notes'
   * modification times go on from the last export's, so that Anki updates the changed ones.
   */
  continuesPrevious?: boolean;
  /**
   * Writes the lecture in this format: text, or bytes for a package (a zip, an Anki collection), at once or as
   * a promise where the writer loads its tools first. Pure: the same lecture (and previous file) gives the same
   * output.
   */
  render: (lecture: Lecture, options?: ExportOptions) => ExportOutput | Promise<ExportOutput>;
}

export const exportFormats: readonly ExportFormat[] = [
  {
    name: 'csl-json',
    description: 'the references as CSL-JSON 1.0.2 (Zotero, pandoc --citeproc, citation-js)',
    extension: '.json',
    mediaType: 'application/vnd.citationstyles.csl+json',
    render: exportCslJson,
  },
  {
    name: 'biblatex',
    description: 'the references as BibLaTeX @online entries, UTF-8 (LaTeX with biblatex and biber, JabRef)',
    extension: '.bib',
    mediaType: 'application/x-bibtex; charset=utf-8',
    render: exportBiblatex,
  },
  {
    name: 'bibtex',
    description: 'the references as classic BibTeX @misc entries (bibtex with plain, ieeetr, unsrt)',
    extension: '.bib',
    mediaType: 'application/x-bibtex; charset=utf-8',
    render: exportBibtex,
  },
  {
    name: 'ris',
    description: 'the references as RIS, UTF-8 with CR LF line ends (EndNote, Mendeley, Zotero)',
    extension: '.ris',
    mediaType: 'application/x-research-info-systems',
    render: exportRis,
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
    description: 'the question bank in GIFT for Moodle: a category per section, feedback citing the slide',
    // Moodle's import takes GIFT files with the .txt extension.
    extension: '.txt',
    mediaType: 'text/plain; charset=utf-8',
    render: exportGift,
  },
  {
    name: 'moodle-xml',
    description: 'the question bank in Moodle XML: a category per section, feedback citing the slide',
    extension: '.xml',
    mediaType: 'application/xml',
    render: exportMoodleXml,
  },
  {
    name: 'qti',
    description: 'the question bank as an IMS QTI 2.1 content package (Canvas, Blackboard and other LMSs)',
    extension: '.zip',
    mediaType: 'application/zip',
    binary: true,
    render: exportQti,
  },
  {
    name: 'anki',
    description:
      'flashcards for Anki as TSV with file headers (Basic note type, a deck named after the lecture, stable GUIDs)',
    extension: '.tsv',
    mediaType: 'text/tab-separated-values; charset=utf-8',
    render: exportAnki,
  },
  {
    name: 'apkg',
    description: 'flashcards as an Anki package: its own note type and deck; a re-import updates the notes',
    extension: '.apkg',
    // What AnkiWeb serves shared decks as; the file is a zip.
    mediaType: 'application/apkg',
    binary: true,
    continuesPrevious: true,
    render: (lecture, options) => exportApkg(lecture, { previous: options?.previous }),
  },
  {
    name: 'marp',
    description:
      'the slide sequence as a Marp deck: speaker notes, continuation slides where a slide is long, its font inside',
    extension: '.md',
    mediaType: 'text/markdown; charset=utf-8',
    render: async (lecture) => exportMarp(lecture, { font: await marpFont(lecture) }),
  },
];

/** The format of that name, or undefined. */
export function getExportFormat(name: string): ExportFormat | undefined {
  return exportFormats.find((f) => f.name === name);
}
