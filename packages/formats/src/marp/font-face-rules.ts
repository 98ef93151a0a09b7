// The font a Marp deck carries inside its Markdown, so Hangul draws on a machine without a Korean font: the
// slices of Noto Sans KR that the deck's characters fall in, as @font-face rules with data: URLs.

/** The family the deck is set in; marp-text-width.ts holds its glyph widths. */
export const deckFontFamily = 'Noto Sans KR';

/** One file of a font sliced by Unicode ranges, as Google Fonts and Fontsource ship CJK fonts. */
export interface FontSlice {
  /** The CSS `unicode-range` the file draws: `U+20-7e,U+a0-ff,...`, only characters it has glyphs for. */
  unicodeRange: string;
  /** The WOFF2 file. */
  woff2: Uint8Array;
}

/** Noto Sans KR as variable-weight slices (100-900), with the notice its licence asks to travel with it. */
export interface NotoSansKrFiles {
  /** Copyright and licence of the font (SIL Open Font License 1.1), written beside the embedded files. */
  notice: string;
  /** The slices, in the order of the font's own stylesheet. */
  slices: readonly FontSlice[];
}

/** `U+0-7F,U+4??` as inclusive code point ranges. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      if (part.includes('?')) {
        return [Number.parseInt(part.replace(/\?/g, '0'), 16), Number.parseInt(part.replace(/\?/g, 'F'), 16)];
      }
      const [from = part, to = from] = part.split('-');
      return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
    });
}

/** Ranges as CSS writes them: `U+20-7e,U+a0`. */
export function formatUnicodeRange(ranges: readonly (readonly [number, number])[]): string {
  return ranges
    .map(([from, to]) => `U+${from.toString(16)}${to === from ? '' : `-${to.toString(16)}`}`)
    .join(',');
}

/** The code points in both lists of ranges, as sorted ranges. */
export function intersectRanges(
  a: readonly (readonly [number, number])[],
  b: readonly (readonly [number, number])[],
): [number, number][] {
  const sorted = (list: readonly (readonly [number, number])[]) => [...list].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [aFrom, aTo] of sorted(a)) {
    for (const [bFrom, bTo] of sorted(b)) {
      const from = Math.max(aFrom, bFrom);
      const to = Math.min(aTo, bTo);
      if (from <= to) out.push([from, to]);
    }
  }
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * The slices a browser loads to draw `text`. Where ranges overlap the browser tries the face defined last
 * first (CSS Fonts 4, §4.5), so each character goes to the last slice that covers it.
 */
export function slicesFor(files: NotoSansKrFiles, text: string): FontSlice[] {
  const ranges = files.slices.map((slice) => parseUnicodeRange(slice.unicodeRange)).reverse();
  const used = new Set<number>();
  for (const cp of new Set(Array.from(text, (ch) => ch.codePointAt(0) ?? 0))) {
    const last = ranges.findIndex((range) => range.some(([from, to]) => cp >= from && cp <= to));
    if (last >= 0) used.add(ranges.length - 1 - last);
  }
  return files.slices.filter((_, i) => used.has(i));
}

/** Base64 without Node's Buffer, so the export runs wherever the package does. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/**
 * @font-face rules for the slices `text` needs, each file inline as a data: URL (a Marp deck is one file:
 * Marp for VS Code and marp-cli load nothing beside it), preceded by the font's notice.
 */
export function fontFaceRules(files: NotoSansKrFiles, text: string): string {
  const faces = slicesFor(files, text).map((slice) =>
    [
      '@font-face {',
      `  font-family: "${deckFontFamily}";`,
      '  font-style: normal;',
      '  font-weight: 100 900;',
      `  src: url("data:font/woff2;base64,${base64(slice.woff2)}") format("woff2");`,
      `  unicode-range: ${slice.unicodeRange};`,
      '}',
    ].join('\n'),
  );
  if (faces.length === 0) return '';
  const notice = files.notice.replace(/\*\//g, '* /').trim();
  return `/* ${notice} */\n${faces.join('\n')}`;
}
