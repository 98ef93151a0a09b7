// How paper looks: type sizes and the few styles every variant shares. Colours come from @vmvc/design.
import { colors, fontFamily, fontWeights } from '@vmvc/design';
import { margins } from './paper.ts';

export { colors, fontFamily, fontWeights };

/**
 * A text style. react-pdf multiplies a unitless lineHeight by the fontSize of the same style object (not
 * the inherited one), so both are always set together. No lineHeight ever goes on a Page or on an
 * ancestor of a fixed header or footer: there it silently drops the footer from later pages.
 */
export function type(fontSize: number, lineHeight = 1.45, bold = false) {
  return {
    fontSize,
    lineHeight,
    ...(bold ? { fontWeight: fontWeights.bold } : {}),
  } as const;
}

/** Type sizes of the handout, in points. */
export const sizes = {
  title: 24,
  subtitle: 12,
  h1: 14,
  body: 9.5,
  small: 8,
} as const;

/**
 * OpenType features switched off for all text. Noto Sans KR's glyph composition feature (ccmp) is for
 * Hangul jamo sequences and combining marks; the lecture writes precomposed syllables, so it changes no
 * glyph here but costs 85 % of the shaping time (measured: 137 ms against 21 ms per 5,000 characters).
 */
export const fontFeatures = { ccmp: false } as const;

export const pageStyle = {
  fontFamily,
  fontFeatureSettings: fontFeatures,
  color: colors.ink,
  paddingTop: margins.top,
  paddingBottom: margins.bottom,
  paddingLeft: margins.left,
  paddingRight: margins.right,
  backgroundColor: colors.paper,
} as const;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The lecture's date as the title blocks print it: 24 September 2024. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${monthNames[month - 1]} ${year}`;
}
