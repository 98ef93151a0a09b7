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
  type TextLine,
} from './flow-layout.ts';
export { bundledFontDir, type FontFiles, fontFiles } from './fonts.ts';
export {
  type BreakOptions,
  breakWords,
  isUrl,
  type LinePiece,
  type LineWord,
  type Measure,
  urlBreakPoints,
  wordBreakPoints,
  wrapLines,
} from './line-breaks.ts';
export { type QrPath, qrPath, quietZone } from './qr-code.ts';
export {
  fontFeatures,
  type MeasureOptions,
  type TextMeasure,
  textMeasure,
  type Weight,
} from './text-measure.ts';
export { colors, fontFamily, fontWeights, layerFills, sideColors, sideTints } from './tokens.ts';
