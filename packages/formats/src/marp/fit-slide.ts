// How a slide of the Marp deck is laid out: the stylesheet the deck carries, a model of the heights that
// stylesheet gives each block (lines broken by the kit's line breaker, measured in the Noto Sans KR 400 and
// 700 the deck embeds), and the rule that splits a slide into continuation slides or sets it smaller, so
// that no slide runs past 1280×720 in marp-cli. Held against marp-cli 4.5.1 in Chromium (marp-cli.test.ts),
// on the lecture and on a large generated one.

import { breakWords, type LineWord, textMeasure } from '@vmvc/design';
import { deckFontFamily } from './font-face-rules.ts';

/** Widths as Chromium on Linux sets them (whole pixels a glyph), where marp-cli draws the deck. */
const measure = textMeasure({ pixelRounding: true });
const textWidth = (text: string, size: number, bold: boolean) =>
  measure(text, size, bold ? 'bold' : 'regular');

/** A word as the reader sees it: bold or not, glued to the word before or after a space, maybe a link. */
export interface Word {
  text: string;
  bold: boolean;
  /** Whether a space comes before it; words without one stick to the previous word (`Kernel` `:`). */
  space: boolean;
  /** Whether a line break comes before it. */
  newLine?: boolean;
  /** A web address this word links to; `text` is the address, or a shortened one where it is long. */
  href?: string;
}

export type Block =
  | { kind: 'paragraph'; words: Word[] }
  /** A bullet list, or a numbered one from `start`. */
  | { kind: 'list'; items: Word[][]; start?: number }
  /** A heading with its list: each column of the VM/container profiles. */
  | { kind: 'group'; label: Word[]; items: Word[][] }
  | { kind: 'table'; header: Word[][]; rows: Word[][][] };

/** A slide as the export writes it, before it is fitted to the page. */
export interface SlideContent {
  /** `title` is the deck's title slide (h1); the others have an h2. */
  role: 'title' | 'lead' | 'content';
  heading: Word[];
  blocks: Block[];
  /** Whether the heading says which page of how many this is even when one page holds it all. */
  paginated: boolean;
}

/** Marp's default theme at `size: 16:9`: the slide, its padding and its body type size. */
export const slideWidth = 1280;
export const slideHeight = 720;
const padding = 78.5;
const pageWidth = slideWidth - 2 * padding;
const pageHeight = slideHeight - 2 * padding;

/**
 * The body sizes a slide may be set in, px. 29 is the theme's; smaller ones are used only when they save a
 * continuation slide, and none is below what reads from the back of a room (22 px at 1280×720). Each has
 * its class in the stylesheet.
 */
const textSizes = [29, 26, 24] as const;
const sizeClass: Record<number, string> = { 29: '', 26: 'small', 24: 'smaller' };

/** Tables are set at this share of the body size: at 24 px body, 19.2 px. */
const tableScale = 0.8;

/*
 * The stylesheet's measures, in em of the element's own size. They are written into the stylesheet below and
 * used by the model, so the two cannot drift apart.
 */
const lineHeight = 1.5;
const headingLineHeight = 1.25;
const h1Scale = 1.8;
const h2Scale = 1.3;
const h3Scale = 1.1;
const blockGap = 0.5;
const headingGap = 0.4;
const labelGap = 0.2;
const itemGap = 0.25;
const listIndent = 2;
const cellPaddingBlock = 0.25;
const cellPaddingInline = 0.5;
const firstColumnShare = 0.26;
const columnGap = 1;
/** The collapsed border between table rows, px. */
const border = 1;
/** Headings keep at most this many lines; the rest of a very long title goes on as bold text. */
const maxHeadingLines = 3;
/** A web address longer than this is shown shortened (the link keeps all of it). */
export const maxShownUrl = 150;

/** The stylesheet the deck's Markdown carries; Marp takes a `<style>` in the Markdown as theme CSS. */
export function deckStyle(fontFaces: string): string {
  const css = `${fontFaces}
section {
  font-family: "${deckFontFamily}", -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  line-height: ${lineHeight};
  overflow-wrap: break-word;
}
${textSizes
  .filter((size) => sizeClass[size])
  .map((size) => `section.${sizeClass[size]} { font-size: ${size}px; }`)
  .join('\n')}
section strong, section h1, section h2, section h3, section th { font-weight: 700; }
section h1, section h2, section h3 { line-height: ${headingLineHeight}; padding: 0; margin: 0 0 ${headingGap}em; }
section h1 { font-size: ${h1Scale}em; }
section h2 { font-size: ${h2Scale}em; }
section h3 { font-size: ${h3Scale}em; margin-bottom: ${labelGap}em; }
section p, section ul, section ol { margin: 0 0 ${blockGap}em; }
section ul, section ol { padding-left: ${listIndent}em; }
section li + li { margin-top: ${itemGap}em; }
section table { display: table; table-layout: fixed; width: 100%; font-size: ${tableScale}em; margin: 0 0 ${blockGap}em; }
section table th, section table td { padding: ${cellPaddingBlock}em ${cellPaddingInline}em; }
section table th:first-child { width: ${firstColumnShare * 100}%; }
section.lead { text-align: center; }
section.lead ul { list-style: none; padding-left: 0; }
section.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: ${columnGap}em; grid-auto-flow: row dense; }
section.columns > :not(header, footer) { grid-column: 1 / -1; }
section.columns > h3:nth-of-type(1), section.columns > h3:nth-of-type(1) + ul { grid-column: 1; }
section.columns > h3:nth-of-type(2), section.columns > h3:nth-of-type(2) + ul { grid-column: 2; }
section footer { right: 110px; text-align: left; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }`;
  return `<style>\n${css.replace(/\n{2,}/g, '\n')}\n</style>`;
}

// ---- Lines ----

/** Words with no space between them, set as one: `first` is its first word's index. */
interface Unit extends LineWord {
  first: number;
  width: number;
  bold: boolean;
}

/** A word wider than the line breaks inside; the browser prefers a break after `/` or `-` there. */
const brokenWordFill = 0.85;

/**
 * Where the browser starts each line of `words` in a box `width` px wide, as word indices, by the kit's line
 * breaker: greedy, breaking at spaces; words with no space between them (`Kernel` `:`) break as one unit.
 * The browser may also break after hyphens and between Hangul syllables, which never gives more lines. A
 * word wider than the line breaks anywhere (overflow-wrap), and the lines it fills count as holding only
 * 85% of the width; they repeat the word's index.
 */
function lineStarts(words: readonly Word[], width: number, size: number, bold = false): number[] {
  const units: Unit[] = [];
  words.forEach((word, i) => {
    const last = units[units.length - 1];
    if (last && !word.space && !word.newLine) {
      last.text += word.text;
      last.width += textWidth(word.text, size, bold || word.bold);
      last.bold ||= word.bold;
    } else {
      const unit: Unit = {
        first: i,
        text: word.text,
        width: textWidth(word.text, size, bold || word.bold),
        bold: bold || word.bold,
        newLine: word.newLine ?? false,
        // The whole unit as its words add up; a piece of it (a word broken inside) as if all bold.
        measure: (text) => (text === unit.text ? unit.width : textWidth(text, size, unit.bold)),
      };
      units.push(unit);
    }
  });
  const lines = breakWords(units, width, { space: textWidth(' ', size, bold), brokenWordFill });
  const starts = lines.map((line) => units[line[0]?.word ?? 0]?.first ?? 0);
  return starts.length === 0 ? [0] : starts;
}

const lineCount = (words: readonly Word[], width: number, size: number, bold = false) =>
  lineStarts(words, width, size, bold).length;

/** `words` cut between words into pieces of at most `lines` lines each at `width` px. */
function cutLines(words: Word[], lines: number, width: number, size: number): Word[][] {
  const cuts: number[] = [];
  let cutLine = 0;
  lineStarts(words, width, size).forEach((start, line) => {
    if (line === 0 || (line - cutLine >= lines && start !== cuts[cuts.length - 1])) {
      cuts.push(start);
      cutLine = line;
    }
  });
  return cuts.map((from, i) =>
    words
      .slice(from, cuts[i + 1] ?? words.length)
      .map((w, j) => (j === 0 ? { ...w, space: false, newLine: false } : w)),
  );
}

// ---- Heights of the blocks ----

interface Metrics {
  size: number;
  columns: boolean;
}

const textLine = (size: number) => size * lineHeight;

function paragraphHeight(words: Word[], width: number, size: number): number {
  return lineCount(words, width, size) * textLine(size);
}

function itemsHeight(items: Word[][], width: number, size: number): number {
  if (items.length === 0) return 0;
  const lines = items.reduce((sum, item) => sum + paragraphHeight(item, width, size), 0);
  return lines + (items.length - 1) * itemGap * size;
}

function labelHeight(label: Word[], width: number, size: number): number {
  const h3 = size * h3Scale;
  return lineCount(label, width, h3, true) * h3 * headingLineHeight + labelGap * h3;
}

/** The width of a table cell's text: the first column fixed, the others sharing the rest. */
function cellWidth(column: number, columns: number, size: number): number {
  const share = columns === 1 ? 1 : column === 0 ? firstColumnShare : (1 - firstColumnShare) / (columns - 1);
  return pageWidth * share - 2 * cellPaddingInline * size * tableScale - border;
}

function rowHeight(cells: Word[][], size: number, header: boolean): number {
  const table = size * tableScale;
  const lines = cells.map((cell, i) => lineCount(cell, cellWidth(i, cells.length, size), table, header));
  return Math.max(1, ...lines) * textLine(table) + 2 * cellPaddingBlock * table + border;
}

/** Each block's own height (no gap after it) for the parts of it on one page. */
function blockHeight(block: Block, size: number, width = pageWidth): number {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHeight(block.words, width, size);
    case 'list':
      return itemsHeight(block.items, width - listIndent * size, size);
    case 'group':
      return (
        labelHeight(block.label, width, size) + itemsHeight(block.items, width - listIndent * size, size)
      );
    case 'table':
      return (
        rowHeight(block.header, size, true) +
        block.rows.reduce((sum, row) => sum + rowHeight(row, size, false), 0) +
        border
      );
  }
}

const gapAfter = (block: Block, size: number) => blockGap * size * (block.kind === 'table' ? tableScale : 1);

function headingHeight(content: SlideContent, heading: Word[], size: number): number {
  const scale = content.role === 'title' ? h1Scale : h2Scale;
  const font = size * scale;
  return lineCount(heading, pageWidth, font, true) * font * headingLineHeight + headingGap * font;
}

/** The height of one page: heading, then the blocks, with the gaps between them. */
function pageBodyHeight(blocks: Block[], metrics: Metrics): number {
  const { size } = metrics;
  if (metrics.columns) return columnsHeight(blocks, size);
  let height = 0;
  blocks.forEach((block, i) => {
    height += blockHeight(block, size);
    if (i < blocks.length - 1) height += gapAfter(block, size);
  });
  return height;
}

/**
 * Two columns (the VM and the container profile side by side): a grid whose rows are as tall as their
 * taller cell; grid items keep their margins, nothing collapses.
 */
function columnsHeight(blocks: Block[], size: number): number {
  const columnWidth = (pageWidth - columnGap * size) / 2;
  const groups = blocks.filter((b) => b.kind === 'group');
  const rest = blocks.filter((b) => b.kind !== 'group');
  const last = blocks[blocks.length - 1];
  let height = 0;
  for (const block of rest) {
    height += blockHeight(block, size) + (block === last ? 0 : gapAfter(block, size));
  }
  const labels = groups.map((g) => (g.kind === 'group' ? labelHeight(g.label, columnWidth, size) : 0));
  const lists = groups.map((g, i) =>
    g.kind === 'group'
      ? itemsHeight(g.items, columnWidth - listIndent * size, size) +
        (g === last && i === 1 ? 0 : blockGap * size)
      : 0,
  );
  return height + Math.max(0, ...labels) + Math.max(0, ...lists);
}

// ---- Pages ----

/** One piece of a block that goes on a page whole: a paragraph's lines, a list item, a table row. */
interface Piece {
  block: number;
  /** The piece as a block of its own kind, holding only this piece. */
  part: Block;
}

/** Room for the marker a continuation slide's heading ends with: ` (2/3)`, ` (12/140)` at the widest. */
const markerWords: Word[] = [{ text: '(888/888)', bold: true, space: true }];

/**
 * Splits a heading that would take more than three lines: the first part stays the heading, the rest opens
 * the body as bold text, so every word is shown and the heading leaves room for the page.
 */
function fitHeading(content: SlideContent, size: number, marker: boolean): SlideContent {
  const font = size * (content.role === 'title' ? h1Scale : h2Scale);
  const withMarker = (words: Word[]) => (marker ? [...words, ...markerWords] : words);
  if (lineCount(withMarker(content.heading), pageWidth, font, true) <= maxHeadingLines) return content;
  let keep = content.heading.length - 1;
  while (
    keep > 1 &&
    lineCount(withMarker(content.heading.slice(0, keep)), pageWidth, font, true) > maxHeadingLines
  ) {
    keep -= 1;
  }
  const rest = content.heading
    .slice(keep)
    .map((w, i) => ({ ...w, bold: true, space: i === 0 ? false : w.space }));
  return {
    ...content,
    heading: content.heading.slice(0, keep),
    blocks: [{ kind: 'paragraph', words: rest }, ...content.blocks],
  };
}

/** The block's pieces, each cut to fit on a page below the heading (and the block's own label or header). */
function pieces(block: Block, index: number, room: number, size: number): Piece[] {
  const textWidthOf = (indent: number) => pageWidth - indent * size;
  const linesIn = (height: number, line: number) => Math.max(1, Math.floor(height / line));
  switch (block.kind) {
    case 'paragraph':
      return cutLines(block.words, linesIn(room, textLine(size)), pageWidth, size).map((words) => ({
        block: index,
        part: { kind: 'paragraph', words },
      }));
    case 'list':
    case 'group': {
      const head = block.kind === 'group' ? labelHeight(block.label, pageWidth, size) : 0;
      const lines = linesIn(room - head, textLine(size));
      return block.items.flatMap((item, i) =>
        cutLines(item, lines, textWidthOf(listIndent), size).map((words) => ({
          block: index,
          part:
            block.kind === 'list' && block.start !== undefined
              ? { ...block, items: [words], start: block.start + i }
              : { ...block, items: [words] },
        })),
      );
    }
    case 'table': {
      const table = size * tableScale;
      const head = rowHeight(block.header, size, true) + border;
      const lines = linesIn(room - head - 2 * cellPaddingBlock * table - border, textLine(table));
      return block.rows.flatMap((row) => {
        const cut = row.map((cell, i) => cutLines(cell, lines, cellWidth(i, row.length, size), table));
        const count = Math.max(1, ...cut.map((c) => c.length));
        return Array.from({ length: count }, (_, k) => ({
          block: index,
          part: { ...block, rows: [cut.map((cell) => cell[k] ?? [])] },
        }));
      });
    }
  }
}

/** The pieces on one page, merged back into blocks: consecutive pieces of one block become one block. */
function merge(onPage: Piece[]): Block[] {
  const out: { block: number; part: Block }[] = [];
  for (const piece of onPage) {
    const last = out[out.length - 1];
    if (last && last.block === piece.block && piece.part.kind !== 'paragraph') {
      const a = last.part;
      const b = piece.part;
      if ((a.kind === 'list' && b.kind === 'list') || (a.kind === 'group' && b.kind === 'group')) {
        last.part = { ...a, items: [...a.items, ...b.items] };
      } else if (a.kind === 'table' && b.kind === 'table') {
        last.part = { ...a, rows: [...a.rows, ...b.rows] };
      }
    } else {
      out.push({ block: piece.block, part: piece.part });
    }
  }
  return out.map((entry) => entry.part);
}

/** Fills pages in order, each up to `cap` px below the heading; a piece that fits nowhere gets a page alone. */
function fill(all: Piece[], cap: number, metrics: Metrics): Piece[][] {
  const pages: Piece[][] = [];
  let page: Piece[] = [];
  for (const piece of all) {
    const tried = [...page, piece];
    if (page.length > 0 && pageBodyHeight(merge(tried), metrics) > cap) {
      pages.push(page);
      page = [piece];
    } else {
      page = tried;
    }
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** A slide fitted: its pages' blocks, the heading they share, and the size and classes they are set in. */
export interface FittedSlide {
  heading: Word[];
  pages: Block[][];
  size: number;
  columns: boolean;
  classes: string[];
  /** The model's height of each page, px, for tests to compare with what marp-cli draws. */
  heights: number[];
}

/**
 * Lays one slide out in as few pages as it needs, trying each type size and, for the two profiles, two
 * columns: fewest pages first, then the largest type, then columns (they show the comparison side by side).
 * A slide that takes several pages is shared out evenly rather than leaving a last page nearly empty.
 */
export function fitSlide(content: SlideContent): FittedSlide {
  const twoProfiles = content.blocks.filter((b) => b.kind === 'group').length === 2;
  const better = (a: FittedSlide, b: FittedSlide) =>
    a.pages.length - b.pages.length || b.size - a.size || Number(b.columns) - Number(a.columns);
  let best = layOut(content, textSizes[0], false);
  for (const size of textSizes) {
    for (const columns of twoProfiles ? [true, false] : [false]) {
      const fitted = layOut(content, size, columns);
      // Columns only on one page: continued columns would read as a list split in four.
      if (fitted.columns && fitted.pages.length > 1) continue;
      if (better(fitted, best) < 0) best = fitted;
    }
  }
  return best;
}

function layOut(content: SlideContent, size: number, columns: boolean): FittedSlide {
  const metrics: Metrics = { size, columns };
  const attempt = (marker: boolean) => {
    const fitted = fitHeading(content, size, marker);
    const room =
      pageHeight - headingHeight(fitted, [...fitted.heading, ...(marker ? markerWords : [])], size);
    const all = fitted.blocks.flatMap((block, i) => pieces(block, i, room, size));
    // A slide with nothing but its heading is still a slide.
    let pages = all.length === 0 ? [[]] : fill(all, room, metrics);
    // Even pages: the lowest cap that still needs no more pages.
    if (pages.length > 1) {
      let low = 0;
      let high = room;
      while (high - low > 1) {
        const mid = (low + high) / 2;
        if (fill(all, mid, metrics).length <= pages.length) high = mid;
        else low = mid;
      }
      pages = fill(all, high, metrics);
    }
    const merged = pages.map(merge);
    const heights = merged.map((blocks) => pageHeight - room + pageBodyHeight(blocks, metrics));
    return { fitted, merged, heights };
  };
  let result = attempt(content.paginated);
  if (result.merged.length > 1 && !content.paginated) result = attempt(true);
  const { fitted, merged, heights } = result;
  const classes = [content.role === 'content' ? '' : 'lead', sizeClass[size] ?? '', columns ? 'columns' : ''];
  return {
    heading: fitted.heading,
    pages: merged,
    size,
    columns,
    classes: classes.filter((c) => c !== ''),
    heights,
  };
}
