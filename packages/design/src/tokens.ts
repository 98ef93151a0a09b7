// The kit's colours and type, shared by the deck and the handouts so screen and paper look alike.
import type { LayerRole, Side } from '@vmvc/content';

/** Text and surfaces. Every text colour meets WCAG AA (4.5:1) on every surface it is used on. */
export const colors = {
  ink: '#1a1f2b',
  muted: '#4a5365',
  paper: '#ffffff',
  rule: '#c8ced8',
  /** Table header and card backgrounds. */
  shade: '#eef1f5',
  link: '#1f4f99',
} as const;

/** Each side of the lecture has one colour, used for its column, cards and stack title. */
export const sideColors: Record<Side, string> = {
  vm: '#1f5fa8',
  container: '#0b7356',
};

/** A light wash of each side's colour: the fill of a box that belongs to that side, its label in the side colour. */
export const sideTints: Record<Side, string> = {
  vm: '#e6eef8',
  container: '#e3f2ec',
};

/**
 * Fill of each layer role in the architecture figure. Kernels are the warm colour on purpose: the figure's
 * point is that every VM carries a kernel and the containers share one. Labels are drawn in `colors.ink`.
 */
export const layerFills: Record<LayerRole, string> = {
  hardware: '#d5dae2',
  hypervisor: '#c6daf2',
  kernel: '#f7d49b',
  runtime: '#bfe8d8',
  libraries: '#e2ddf4',
  app: '#ffffff',
};

/** The one font family of the kit: Noto Sans KR draws Latin and Hangul alike. */
export const fontFamily = 'Noto Sans KR';

/** Font weights shipped with the outputs. */
export const fontWeights = { regular: 400, bold: 700 } as const;
