// The one line breaker of the kit: the figures' labels (deck SVG, handout PDF, PowerPoint), the handouts'
// paragraphs and the Marp deck's layout all break text into lines here. It breaks at spaces; a word wider
// than the line is broken where it may be (a URL after a slash and the other places below, any other word
// after its own hyphens or slashes), else between characters, and never gets a character added.

/** The width of a piece of text, in the same unit as the line width. */
export type Measure = (text: string) => number;

/** A word that is a web address: its breaks follow the URL rules. */
export function isUrl(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(word) || word.startsWith('www.');
}

/**
 * Where a URL may be broken: after a slash, before ~ - _ ? # % . , and before or after = and &
 * (the Chicago Manual of Style's rules), but never inside the scheme and host's `https://`.
 * Returns indices `i`: the break goes between `url[i-1]` and `url[i]`.
 */
export function urlBreakPoints(url: string): number[] {
  const scheme = url.indexOf('://');
  const first = scheme < 0 ? 1 : scheme + 4;
  const points: number[] = [];
  for (let i = first; i < url.length; i += 1) {
    const before = url[i - 1] as string;
    const here = url[i] as string;
    const afterSlash = before === '/' && here !== '/';
    const beforeMark = '~-_?#%.,'.includes(here) && before !== '/';
    const aroundJoin = '=&'.includes(here) || '=&'.includes(before);
    if (afterSlash || beforeMark || aroundJoin) points.push(i);
  }
  return points;
}

/** Where a word that is not a URL may be broken: after a hyphen or a slash it already has. */
export function wordBreakPoints(word: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < word.length; i += 1) {
    if ('-/'.includes(word[i - 1] as string) && !'-/'.includes(word[i] as string)) points.push(i);
  }
  return points;
}

/** Breaks after a slash or before the query are where a reader expects a URL to continue. */
function isStrongBreak(word: string, point: number): boolean {
  return isUrl(word) && (word[point - 1] === '/' || '?#&='.includes(word[point] ?? ''));
}

/**
 * Splits a word that is wider than `width` into pieces that fit: the first in `firstWidth`, the rest in
 * `width`. It breaks at the word's break points, preferring one after a slash or before the query when that
 * still fills most of the line. The first piece is empty when not even the first break point fits in
 * `firstWidth`.
 */
function splitLongWord(word: string, firstWidth: number, width: number, measure: Measure): string[] {
  const points = [...(isUrl(word) ? urlBreakPoints(word) : wordBreakPoints(word)), word.length];
  const pieces: string[] = [];
  let start = 0;
  let room = firstWidth;
  while (start < word.length) {
    let end = -1;
    let strong = -1;
    for (const point of points) {
      if (point <= start) continue;
      const used = measure(word.slice(start, point));
      if (used > room) break;
      end = point;
      if (point === word.length || (isStrongBreak(word, point) && used >= room * 0.55)) strong = point;
    }
    if (strong > 0) end = strong;
    if (end < 0) {
      if (room < width) {
        // Nothing fits in what is left of the line: start the word on a line of its own.
        pieces.push('');
        room = width;
        continue;
      }
      // No break point fits even a whole line: break between characters, still without a hyphen.
      const chars = Array.from(word.slice(start));
      let count = 1;
      while (count < chars.length && measure(chars.slice(0, count + 1).join('')) <= room) count += 1;
      end = start + chars.slice(0, count).join('').length;
    }
    pieces.push(word.slice(start, end));
    start = end;
    room = width;
  }
  return pieces;
}

/** A word to set: its text, the measure of it and of its pieces, and whether a line break comes before it. */
export interface LineWord {
  text: string;
  measure: Measure;
  newLine?: boolean;
}

/** Part of a line: word `word` of the input, whole or the piece `text` of it where it was broken. */
export interface LinePiece {
  word: number;
  text: string;
}

export interface BreakOptions {
  /** The width of the space between two words. */
  space: number;
  /**
   * Set where a browser breaks the lines and the breaker only predicts them (the Marp deck): a word too wide
   * for a line then starts a line of its own (CSS `overflow-wrap`), and each line it fills is taken to hold
   * only this share of the width, for the browser picks its own places inside the word.
   */
  brokenWordFill?: number;
}

/**
 * Greedy line breaking of `words` into lines no wider than `width`: each line as the words on it, a word too
 * wide for any line as its pieces on consecutive lines.
 */
export function breakWords(words: readonly LineWord[], width: number, options: BreakOptions): LinePiece[][] {
  const { space, brokenWordFill } = options;
  const lines: LinePiece[][] = [];
  let line: LinePiece[] = [];
  let x = 0;
  const endLine = () => {
    if (line.length > 0) lines.push(line);
    line = [];
    x = 0;
  };
  words.forEach((word, index) => {
    if (word.newLine) endLine();
    const w = word.measure(word.text);
    const gap = line.length > 0 ? space : 0;
    if (x + gap + w <= width) {
      line.push({ word: index, text: word.text });
      x += gap + w;
      return;
    }
    if (w <= width) {
      endLine();
      line.push({ word: index, text: word.text });
      x = w;
      return;
    }
    if (brokenWordFill !== undefined) endLine();
    const room = width * (brokenWordFill ?? 1);
    const first = line.length > 0 ? room - x - space : room;
    splitLongWord(word.text, first, room, word.measure).forEach((piece, i) => {
      if (i > 0) endLine();
      if (piece === '') return;
      x += (line.length > 0 ? space : 0) + word.measure(piece);
      line.push({ word: index, text: piece });
    });
  });
  endLine();
  return lines;
}

/** Breaks `text` into lines no wider than `width`. Spaces at a line break are dropped, nothing is added. */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const words = text
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => ({ text: w, measure }));
  const lines = breakWords(words, width, { space: measure(' ') });
  return lines.length === 0 ? [''] : lines.map((l) => l.map((piece) => piece.text).join(' '));
}
