// @vmvc/design: what the deck and the handouts share so that screen and paper look alike.
export {
  type ArchitectureLayout,
  type FigureBox,
  figureMetrics,
  layoutArchitecture,
  type StackLayout,
} from './architecture-layout.ts';
export { contrastRatio, luminance } from './contrast.ts';
export {
  type FlowArrow,
  type FlowLaneLayout,
  type FlowLayout,
  type FlowStepBox,
  flowMetrics,
  layoutFlow,
} from './flow-layout.ts';
export { type QrPath, qrPath, quietZone } from './qr-code.ts';
export { textWidth } from './text-width.ts';
export { colors, fontFamily, fontWeights, layerFills, sideColors, sideTints } from './tokens.ts';
export { type TextLine, wrapText } from './wrap-text.ts';
