// The geometry of the architecture figure, computed once from the content's layer data so that the deck (SVG)
// and the handouts (react-pdf) draw exactly the same picture. Units are abstract; y grows downwards.
import type { LayerRole, StackFigure } from '@vmvc/content';
import { colors, layerFills, sideColors } from './tokens.ts';

export interface FigureBox {
  id: string;
  /** A layer is a filled box; a guest is the dashed frame around one VM's or container's layers. */
  kind: 'layer' | 'guest';
  label: string;
  role: LayerRole | null;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  stroke: string;
  /** Where the label's baseline centre goes. */
  labelX: number;
  labelY: number;
  fontSize: number;
}

export interface StackLayout {
  id: string;
  title: string;
  color: string;
  titleX: number;
  titleY: number;
  titleFontSize: number;
  x: number;
  width: number;
  /** Frames first, then layers, so drawing in order puts layers on top. */
  boxes: FigureBox[];
}

export interface ArchitectureLayout {
  width: number;
  height: number;
  stacks: StackLayout[];
  /** A sentence a screen reader or a text-only export can use instead of the picture. */
  alt: string;
}

export const figureMetrics = {
  // Slide pixels at the figure's full width, as flowMetrics: drawn across a slide, labels stay at or above the
  // deck's floor of 16 px (24 px at 1920×1080).
  width: 1160,
  stackGap: 56,
  layerHeight: 40,
  layerGap: 6,
  guestGap: 10,
  guestPadding: 5,
  guestLabelHeight: 28,
  titleHeight: 40,
  labelFontSize: 18,
  guestFontSize: 18,
  titleFontSize: 24,
} as const;

/** Lays out every stack of the figure side by side, their hardware layers on one baseline. */
export function layoutArchitecture(figure: StackFigure): ArchitectureLayout {
  const m = figureMetrics;
  const count = figure.stacks.length;
  const stackWidth = (m.width - m.stackGap * (count - 1)) / count;
  const row = m.layerHeight + m.layerGap;
  const guestHeight = (layers: number) => m.guestLabelHeight + layers * row + m.guestPadding;
  const tallest = Math.max(
    ...figure.stacks.map(
      (s) =>
        s.host.length * row + Math.max(...s.guests.map((g) => guestHeight(g.layers.length))) + m.layerGap,
    ),
  );
  const height = m.titleHeight + tallest;
  const baseline = height; // bottom edge of every hardware layer

  const layerBox = (
    id: string,
    label: string,
    role: LayerRole,
    x: number,
    y: number,
    width: number,
  ): FigureBox => ({
    id,
    kind: 'layer',
    label,
    role,
    x,
    y,
    width,
    height: m.layerHeight,
    fill: layerFills[role],
    stroke: colors.muted,
    labelX: x + width / 2,
    labelY: y + m.layerHeight / 2 + m.labelFontSize * 0.35,
    fontSize: m.labelFontSize,
  });

  const stacks = figure.stacks.map((stack, s): StackLayout => {
    const x0 = s * (stackWidth + m.stackGap);
    const boxes: FigureBox[] = [];
    const layers: FigureBox[] = [];
    // Host layers, bottom up.
    stack.host.forEach((layer, i) => {
      const y = baseline - (i + 1) * m.layerHeight - i * m.layerGap;
      layers.push(layerBox(`${stack.id}/${layer.id}`, layer.label, layer.role, x0, y, stackWidth));
    });
    const hostTop = baseline - stack.host.length * row + m.layerGap;
    const guestWidth = (stackWidth - m.guestGap * (stack.guests.length - 1)) / stack.guests.length;
    stack.guests.forEach((guest, g) => {
      const gx = x0 + g * (guestWidth + m.guestGap);
      const frameHeight = guestHeight(guest.layers.length);
      const frameTop = hostTop - m.layerGap - frameHeight;
      boxes.push({
        id: `${stack.id}/${guest.id}`,
        kind: 'guest',
        label: guest.label,
        role: null,
        x: gx,
        y: frameTop,
        width: guestWidth,
        height: frameHeight,
        fill: colors.paper,
        stroke: sideColors[stack.side],
        labelX: gx + guestWidth / 2,
        labelY: frameTop + m.guestLabelHeight - 6,
        fontSize: m.guestFontSize,
      });
      guest.layers.forEach((layer, i) => {
        const y = frameTop + frameHeight - m.guestPadding - (i + 1) * m.layerHeight - i * m.layerGap;
        layers.push(
          layerBox(
            `${stack.id}/${guest.id}/${layer.id}`,
            layer.label,
            layer.role,
            gx + m.guestPadding,
            y,
            guestWidth - 2 * m.guestPadding,
          ),
        );
      });
    });
    return {
      id: stack.id,
      title: stack.title,
      color: sideColors[stack.side],
      titleX: x0 + stackWidth / 2,
      titleY: m.titleFontSize + 2,
      titleFontSize: m.titleFontSize,
      x: x0,
      width: stackWidth,
      boxes: [...boxes, ...layers],
    };
  });

  return { width: m.width, height, stacks, alt: figure.alt };
}
