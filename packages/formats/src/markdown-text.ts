// Lecture text made safe for Markdown: what the author wrote is what the reader sees, never an emphasis, a
// table column, a heading or HTML it happened to look like; only its web addresses become links.
// Shared by the Markdown and Marp exports.
import { percentEncode } from './percent-encode.ts';

/** Characters that start inline syntax anywhere in CommonMark, GFM tables and strikethrough, or Marp's math. */
const inlineSpecials = /[\\`*_[\]<>#|~$]/g;
/** An `&` that would start an entity reference (`&copy;`, `&#169;`) rather than stand for itself. */
const entityStart = /&(?=#?[0-9A-Za-z]+;)/g;
/** Characters that only mean something at the start of a line: list items, headings, thematic breaks. */
const blockStart = /^(?:[-+=]|\d+(?=[.)]))/;

/** One line of text: line breaks inside a value become spaces, as a reader of the rendered page sees them. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/**
 * GitHub and Marp turn `:name:` into an emoji even when a colon is escaped; a word joiner (U+2060,
 * invisible) after the first colon keeps the text as written.
 */
function noShortcodes(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}]):(?=[\w+-]+:)/gu, ':\u2060');
}

function escapeInline(text: string): string {
  return noShortcodes(text).replace(inlineSpecials, '\\$&').replace(entityStart, '\\&');
}

/**
 * A web address in running text, without the punctuation that usually follows one. It is written as an
 * autolink: Marp and other linkifying readers take a bare URL from the source, escapes and all, so
 * `a\_b` would reach the link as `a%5C_b`.
 */
const bareUrl = /\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]}*_~`]/g;

/**
 * Text inside a line (after a list marker, in a table cell, in bold): every special character escaped,
 * and any web address in it an autolink.
 */
export function markdownInline(text: string): string {
  const line = oneLine(text);
  let out = '';
  let from = 0;
  for (const url of line.matchAll(bareUrl)) {
    out += escapeInline(line.slice(from, url.index)) + markdownAutolink(url[0]);
    from = url.index + url[0].length;
  }
  return out + escapeInline(line.slice(from));
}

/** Text that starts a line of its own, such as a paragraph: also escapes what would open a block. */
export function markdownParagraph(text: string): string {
  const inline = markdownInline(text);
  const start = blockStart.exec(inline);
  if (!start) return inline;
  // "1." stays "1" followed by an escaped "."; "-", "+" and "=" are escaped themselves.
  return /^\d/.test(start[0]) ? `${start[0]}\\${inline.slice(start[0].length)}` : `\\${inline}`;
}

/**
 * A URL as an autolink, `<https://...>`. An autolink cannot hold spaces, `<` or `>`, and its text is taken
 * literally, so those few characters are percent-encoded (the same URL) and nothing else is escaped.
 */
export function markdownAutolink(url: string): string {
  return `<${percentEncode(url, /[\s<>\\`\p{Cc}]/gu)}>`;
}

/** A GFM table row; each cell already escaped by `markdownInline`, which also escapes `|`. */
export function markdownTableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
