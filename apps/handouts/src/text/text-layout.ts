// Lines of the handouts' text cut into the parts set in different colours (a URL inside a reference); the
// lines themselves come from the kit's one line breaker, `wrapLines` of @vmvc/design.

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
