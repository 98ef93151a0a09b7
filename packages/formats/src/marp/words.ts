// Lecture text as the words a Marp slide shows (which the layout measures and splits between words), and
// those words back as Markdown that shows exactly them: escaped, bold where bold, web addresses as links.

import { markdownAutolink, markdownInline, markdownParagraph } from '../markdown-text.ts';
import type { Word } from './fit-slide.ts';
import { maxShownUrl } from './fit-slide.ts';

/** The same web addresses the Markdown export links (`markdown-text.ts`), without trailing punctuation. */
const bareUrl = /\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?'")\]}*_~`]/g;

/** HTML collapses ASCII white space only: a no-break space stays inside its word, as the browser keeps it. */
const space = /[ \t\n\r\f]+/;

/** A web address as one word: shown whole, or shortened to `host/path…` where it is long. */
export function urlWord(url: string, spaceBefore: boolean): Word {
  const shown =
    url.length <= maxShownUrl ? url : `${url.replace(/^https?:\/\//, '').slice(0, maxShownUrl - 1)}…`;
  return { text: shown, bold: false, space: spaceBefore, href: url };
}

/**
 * `text` as words: split at white space; a web address in it becomes a word of its own that sticks to the
 * punctuation around it. `space` says whether a space separates the first word from what comes before.
 */
export function words(text: string, options: { bold?: boolean; space?: boolean } = {}): Word[] {
  const bold = options.bold ?? false;
  const out: Word[] = [];
  const leading = /^[ \t\n\r\f]/.test(text);
  text
    .split(space)
    .filter((token) => token !== '')
    .forEach((token, i) => {
      let spaceBefore = i === 0 ? (options.space ?? leading) : true;
      let from = 0;
      for (const url of token.matchAll(bareUrl)) {
        if (url.index > from) {
          out.push({ text: token.slice(from, url.index), bold, space: spaceBefore });
          spaceBefore = false;
        }
        out.push({ ...urlWord(url[0], spaceBefore), bold });
        spaceBefore = false;
        from = url.index + url[0].length;
      }
      if (from < token.length) out.push({ text: token.slice(from), bold, space: spaceBefore });
    });
  return out;
}

/** `**text**`, or the text: each run of words in one style as Markdown. */
function run(text: string, bold: boolean, lineStart: boolean): string {
  const escaped = lineStart && !bold ? markdownParagraph(text) : markdownInline(text);
  return bold ? `**${escaped}**` : escaped;
}

/**
 * The words as Markdown inline text. `lineStart` for text that begins a line (a paragraph, a list item):
 * it then cannot open a list or a heading. `indent` goes before each line after a line break.
 */
export function wordsMarkdown(list: readonly Word[], options: { lineStart?: boolean; indent?: string } = {}) {
  let out = '';
  let pending: { text: string; bold: boolean; lineStart: boolean } | null = null;
  const flush = () => {
    if (pending) out += run(pending.text, pending.bold, pending.lineStart);
    pending = null;
  };
  list.forEach((word, i) => {
    const separator = i === 0 ? '' : word.newLine ? `\\\n${options.indent ?? ''}` : word.space ? ' ' : '';
    const lineStart = i === 0 ? (options.lineStart ?? false) : (word.newLine ?? false);
    if (word.href !== undefined) {
      flush();
      const link =
        word.text === word.href
          ? markdownAutolink(word.href)
          : `[${markdownInline(word.text)}](${markdownAutolink(word.href)})`;
      out += separator + (word.bold ? `**${link}**` : link);
      return;
    }
    if (pending && pending.bold === word.bold && !word.newLine) {
      pending.text += separator + word.text;
      return;
    }
    flush();
    out += separator;
    pending = { text: word.text, bold: word.bold, lineStart };
  });
  flush();
  return out;
}

/** The words as the reader sees them, for tests and for the fonts: one space where a space is. */
export function wordsText(list: readonly Word[]): string {
  return list.map((w, i) => (i === 0 ? '' : w.newLine ? '\n' : w.space ? ' ' : '') + w.text).join('');
}
