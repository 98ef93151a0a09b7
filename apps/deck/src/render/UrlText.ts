// A web address as text that breaks only after a slash, where the handouts break it too (the design
// package's URL rules). Left to itself, Chromium breaks a URL at its own hyphens ("…/ko-" then "kr/…"), and a
// PDF reader joining the lines takes that for a hyphenated word and copies "kokr".
import { urlBreakPoints } from '@vmvc/design';
import { html, type SafeHtml } from './html.ts';

/** The URL cut after each slash that may end a line (not inside `https://`): the pieces join to the URL. */
export function urlPieces(url: string): string[] {
  const cuts = urlBreakPoints(url).filter((i) => url[i - 1] === '/');
  return [0, ...cuts].map((start, k) => url.slice(start, cuts[k] ?? url.length));
}

/**
 * Each piece one unbreakable box (`.url-part`), a break opportunity between them; a piece wider than the line
 * on its own still wraps inside its box rather than run off the slide.
 */
export function UrlText(url: string): SafeHtml {
  const pieces = urlPieces(url).map((piece) => html`<span class="url-part">${piece}</span>`);
  return html`${pieces.flatMap((piece, i) => (i === 0 ? [piece] : [html`<wbr>`, piece]))}`;
}
