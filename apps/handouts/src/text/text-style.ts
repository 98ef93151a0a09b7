// How text is set on paper: the type scale and the one way to style a run of text. Colours and the font
// family come from @vmvc/design, which the deck shares.
import { fontWeights } from '@vmvc/design';

/**
 * A text style: size, line height and weight. react-pdf multiplies a unitless lineHeight by the fontSize of
 * the same style object (not the inherited one), so both are always set together. No lineHeight ever goes on
 * a Page or on an ancestor of a fixed header or footer: there it silently drops the footer from later pages.
 */
export function textStyle(fontSize: number, lineHeight = 1.45, bold = false) {
  return {
    fontSize,
    lineHeight,
    ...(bold ? { fontWeight: fontWeights.bold } : {}),
  } as const;
}

/** Type sizes of the handout, in points. */
export const typeSizes = {
  title: 24,
  subtitle: 12,
  h1: 14,
  body: 9.5,
  small: 8,
} as const;
