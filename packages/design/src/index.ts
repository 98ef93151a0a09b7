// @vmvc/design: what the deck and the handouts share so that screen and paper look alike.
export {
  type ArchitectureLayout,
  type FigureBox,
  figureMetrics,
  layoutArchitecture,
  type StackLayout,
} from './architecture-layout.ts';
export { contrastRatio, luminance } from './contrast.ts';
export { type QrPath, qrPath, quietZone } from './qr-code.ts';
export { colors, fontFamily, fontWeights, layerFills, sideColors } from './tokens.ts';
