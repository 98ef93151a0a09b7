// Text broken into lines that fit a width, for figures drawn as SVG and PDF, which do not wrap text themselves.
import { textWidth } from './text-width.ts';

/** One line of a figure's text, placed by the centre of its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  color: string;
}

/**
 * The widths come from Noto Sans KR's advances at 400 and 600; the figures set labels at 700, a few per cent
 * wider, so bold text is measured with this margin.
 */
const boldMargin = 1.06;

const measure = (text: string, size: number, bold: boolean) =>
  textWidth(text, size, bold) * (bold ? boldMargin : 1);

/**
 * Greedy line breaking at spaces; a word wider than the whole line is cut between characters, the way CSS's
 * `overflow-wrap: anywhere` does, so no text ever runs out of its box.
 */
export function wrapText(text: string, width: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest, size, bold) > width) {
      let cut = 1;
      const chars = [...rest];
      while (cut < chars.length && measure(chars.slice(0, cut + 1).join(''), size, bold) <= width) cut += 1;
      lines.push(chars.slice(0, cut).join(''));
      rest = chars.slice(cut).join('');
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
