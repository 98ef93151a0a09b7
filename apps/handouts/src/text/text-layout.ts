// Line breaking the way the handouts need it where react-pdf cannot do it alone: a URL is one long word, and
// react-pdf would either run it off the page or break it with an inserted "-". `wrapLines` breaks text at
// spaces, a too-long URL only where a URL may be broken and a too-long word after its own hyphens, never
// adding a character.

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
 * `width`. It breaks at URL break points, preferring one after a slash or before the query when that still
 * fills most of the line. The first piece is empty when not even the first break point fits in `firstWidth`.
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
      end = start + 1;
      while (end < word.length && measure(word.slice(start, end + 1)) <= room) end += 1;
    }
    pieces.push(word.slice(start, end));
    start = end;
    room = width;
  }
  return pieces;
}

/** Breaks `text` into lines no wider than `width`. Spaces at a line break are dropped, nothing is added. */
export function wrapLines(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (measure(word) <= width) {
      if (line !== '') lines.push(line);
      line = word;
      continue;
    }
    const prefix = line === '' ? '' : `${line} `;
    const pieces = splitLongWord(word, width - measure(prefix), width, measure);
    const [first = '', ...rest] = pieces;
    if (first === '') {
      if (line !== '') lines.push(line);
    } else {
      lines.push(`${prefix}${first}`);
    }
    line = rest.pop() ?? '';
    lines.push(...rest);
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export interface Piece {
  text: string;
  /** True for the part of the text inside the marked span (a URL). */
  marked: boolean;
}

/**
 * Cuts each line made by `wrapLines` from `text` into the pieces inside and outside the span `[start, end)`
 * of `text`, so that a URL can be set in its own colour while keeping the lines. Lines are returned one by
 * one, never joined with a newline: react-pdf sets a "\n" in the built-in Helvetica, which the kit never embeds.
 */
export function markSpan(lines: readonly string[], text: string, start: number, end: number): Piece[][] {
  let at = 0;
  return lines.map((line) => {
    while (text[at] === ' ') at += 1;
    const from = at;
    const to = at + line.length;
    at = to;
    const clamp = (n: number) => Math.min(Math.max(n, from), to);
    const cuts = [from, clamp(start), clamp(end), to] as const;
    return [
      { text: text.slice(cuts[0], cuts[1]), marked: false },
      { text: text.slice(cuts[1], cuts[2]), marked: true },
      { text: text.slice(cuts[2], cuts[3]), marked: false },
    ].filter((piece) => piece.text !== '');
  });
}
