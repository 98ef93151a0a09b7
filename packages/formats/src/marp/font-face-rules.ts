// The font a Marp deck carries inside its Markdown, so Hangul draws on a machine without a Korean font: the
// kit's Noto Sans KR 400 and 700, cut to the deck's characters, as @font-face rules with data: URLs.

/** The family the deck is set in; @vmvc/design's text measure reads the same font's TTFs. */
export const deckFontFamily = 'Noto Sans KR';

/** Noto Sans KR cut to the characters of one deck (`await marpFont(lecture)`), with its licence notice. */
export interface MarpFont {
  /** Copyright and licence of the font (SIL Open Font License 1.1), written beside the embedded files. */
  notice: string;
  /** The characters the files hold glyphs for (those of them the font has). */
  characters: string;
  /** WOFF2 files of the weights the deck draws: 400 for text, 700 for headings, bold text and table headers. */
  regular: Uint8Array;
  bold: Uint8Array;
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
 * @font-face rules for both weights, each file inline as a data: URL (a Marp deck is one file: Marp for VS
 * Code and marp-cli load nothing beside it), preceded by the font's notice.
 */
export function fontFaceRules(font: MarpFont): string {
  const face = (weight: number, woff2: Uint8Array) =>
    [
      '@font-face {',
      `  font-family: "${deckFontFamily}";`,
      '  font-style: normal;',
      `  font-weight: ${weight};`,
      `  src: url("data:font/woff2;base64,${base64(woff2)}") format("woff2");`,
      '}',
    ].join('\n');
  const notice = font.notice.replace(/\*\//g, '* /').trim();
  return `/* ${notice} */\n${face(400, font.regular)}\n${face(700, font.bold)}`;
}
