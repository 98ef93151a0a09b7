// The lecture's figures as native PowerPoint shapes: the geometry @vmvc/design computes for the deck's SVG
// and the handouts (layoutArchitecture, layoutFlow), scaled into a box on the slide. Every shape is named
// `figure:<id>` so that finishPptx can gather them into one group that carries the figure's alt text.
import type { Figure } from '@vmvc/content';
import { colors, layoutArchitecture, layoutFlow, type TextLine } from '@vmvc/design';
import type PptxGenJS from 'pptxgenjs';
import { hex } from './slide-master.ts';
import { paragraphs } from './text-runs.ts';

/** A box on the slide, in inches. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What finishPptx needs to group a figure's shapes: its name, alt text and the box it fills, in inches. */
export interface DrawnFigure {
  name: string;
  title: string;
  alt: string;
  box: Box;
}

const figureShapeName = (figure: Figure) => `figure:${figure.id}`;

/** Draws `figure` centred in `box` (scaled to fit, never stretched); returns where it went. */
export function drawFigure(pptx: PptxGenJS, slide: PptxGenJS.Slide, figure: Figure, box: Box): DrawnFigure {
  const name = figureShapeName(figure);
  const layout = figure.kind === 'stacks' ? layoutArchitecture(figure) : layoutFlow(figure);
  const scale = Math.min(box.w / layout.width, box.h / layout.height);
  const left = box.x + (box.w - layout.width * scale) / 2;
  const top = box.y;
  const at = (x: number, y: number) => ({ x: left + x * scale, y: top + y * scale });
  /** A size in the layout's units (the deck's pixels across a 1160 px figure) as points on this slide. */
  const pt = (size: number) => Math.round(size * scale * 72 * 10) / 10;
  /** A text line the layout placed by its baseline, as a box one line tall around it. */
  const lineBox = (line: TextLine, width: number) => {
    const height = line.size * 1.3;
    const p = at(line.x - width / 2, line.y - line.size * 0.35 - height / 2);
    return { x: p.x, y: p.y, w: width * scale, h: height * scale };
  };

  if (figure.kind === 'stacks') {
    const stacks = layoutArchitecture(figure).stacks;
    for (const stack of stacks) {
      slide.addText(
        paragraphs([
          {
            text: stack.title,
            options: { bold: true, color: hex(stack.color), fontSize: pt(stack.titleFontSize) },
          },
        ]),
        {
          ...lineBox(
            {
              text: stack.title,
              x: stack.titleX,
              y: stack.titleY,
              size: stack.titleFontSize,
              bold: true,
              color: stack.color,
            },
            stack.width,
          ),
          align: 'center',
          valign: 'middle',
          margin: 0,
          objectName: name,
        },
      );
      for (const b of stack.boxes) {
        const p = at(b.x, b.y);
        const guest = b.kind === 'guest';
        slide.addText(
          guest
            ? ''
            : paragraphs([{ text: b.label, options: { color: hex(colors.ink), fontSize: pt(b.fontSize) } }]),
          {
            shape: pptx.ShapeType.rect,
            x: p.x,
            y: p.y,
            w: b.width * scale,
            h: b.height * scale,
            fill: guest ? { type: 'none' } : { color: hex(b.fill) },
            line: {
              color: hex(b.stroke),
              width: guest ? 1.25 : 0.75,
              ...(guest ? { dashType: 'dash' as const } : {}),
            },
            align: 'center',
            valign: 'middle',
            margin: 0,
            objectName: name,
          },
        );
        if (guest) {
          slide.addText(
            paragraphs([
              { text: b.label, options: { bold: true, color: hex(b.stroke), fontSize: pt(b.fontSize) } },
            ]),
            {
              ...lineBox(
                { text: b.label, x: b.labelX, y: b.labelY, size: b.fontSize, bold: true, color: b.stroke },
                b.width,
              ),
              align: 'center',
              valign: 'middle',
              margin: 0,
              objectName: name,
            },
          );
        }
      }
    }
  } else {
    for (const lane of layoutFlow(figure).lanes) {
      for (const step of lane.steps) {
        const p = at(step.x, step.y);
        slide.addText(
          paragraphs(
            step.lines.map((line) => ({
              text: line.text,
              options: { bold: line.bold, color: hex(line.color), fontSize: pt(line.size) },
            })),
          ),
          {
            shape: pptx.ShapeType.roundRect,
            rectRadius: 0.08,
            x: p.x,
            y: p.y,
            w: step.width * scale,
            h: step.height * scale,
            fill: { color: hex(step.fill) },
            line: { color: hex(step.stroke), width: 1.5 },
            align: 'center',
            valign: 'middle',
            margin: 2,
            objectName: name,
          },
        );
      }
      for (const arrow of lane.arrows) {
        const from = at(arrow.x1, arrow.y1);
        const tip = arrow.head[0] ?? [arrow.x2, arrow.y2];
        const to = at(tip[0], tip[1]);
        slide.addShape(pptx.ShapeType.line, {
          x: from.x,
          y: from.y,
          w: Math.max(0, to.x - from.x),
          h: Math.max(0, to.y - from.y),
          line: { color: hex(colors.muted), width: 2.25, endArrowType: 'triangle' },
          objectName: name,
        });
      }
    }
  }
  return {
    name,
    title: figure.title,
    alt: figure.alt,
    box: { x: left, y: top, w: layout.width * scale, h: layout.height * scale },
  };
}
