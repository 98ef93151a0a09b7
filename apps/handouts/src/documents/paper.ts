// The paper sizes the handouts print on, and the page every variant shares: margins, font, colours.
import { colors, fontFamily, fontFeatures } from '@vmvc/design';

export const paperIds = ['a4', 'letter'] as const;
export type PaperId = (typeof paperIds)[number];

export interface Paper {
  id: PaperId;
  /** How a person names the size. */
  label: string;
  /** The size as react-pdf names it. */
  size: 'A4' | 'LETTER';
  /** Page size in points (1/72 inch). */
  width: number;
  height: number;
}

export const papers: Record<PaperId, Paper> = {
  a4: { id: 'a4', label: 'A4', size: 'A4', width: 595.28, height: 841.89 },
  letter: { id: 'letter', label: 'US Letter', size: 'LETTER', width: 612, height: 792 },
};

/** Page margins in points. The running header and the footer sit inside the top and bottom margins. */
export const margins = { top: 58, bottom: 54, left: 54, right: 54 } as const;

/** The box the body text flows in. */
export function contentBox(paper: Paper): { width: number; height: number } {
  return {
    width: paper.width - margins.left - margins.right,
    height: paper.height - margins.top - margins.bottom,
  };
}

/** The style of every `<Page>`: its margins, font and colours (never a lineHeight: see textStyle). */
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

/**
 * How every `<Page>` is paginated: react-pdf's new engine (`experimentalPagination`, react-pdf 4.9), which
 * measures the content once and packs it into pages. The old one lays out everything left after each page
 * break again, so its cost grows with the square of the length: the handout of a lecture ten times as long took
 * 11.7 s with it and 3.2 s with this one (8 pages: 1.47 s -> 1.17 s). For this lecture both give the same
 * pixels, text, tags and bookmarks (compared page by page); react-pdf makes this engine the only one in its
 * next major.
 */
export const pagination = { experimentalPagination: true } as const;
