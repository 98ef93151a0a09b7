// The PowerPoint's slide masters: the deck's colours and type scale as placeholders a colleague can restyle
// once for every slide (title, body), the slide number, and the rule under the title. Sizes are the deck's,
// from its 1280×720 px frame: 96 px to the inch (13.33 × 7.5 in, 16:9) and 0.75 pt to the pixel.
import { colors, fontFamily } from '@vmvc/design';
import type PptxGenJS from 'pptxgenjs';

/** Inches from the deck's CSS pixels. */
export const inches = (px: number): number => px / 96;
/** Points from the deck's CSS pixels. */
const points = (px: number): number => px * 0.75;
/** A colour as pptxgenjs takes it: hex without `#`. */
export const hex = (color: string): string => color.replace('#', '').toUpperCase();

const slideSize = { width: inches(1280), height: inches(720) } as const;
/** The frame the deck lays every slide out in: 96 px margins left and right. */
export const frame = { x: inches(96), width: inches(1280 - 2 * 96) } as const;

/** The deck's type scale in points. */
export const type = {
  titleSlide: points(72),
  title: points(46),
  bullet: points(26),
  body: points(22),
  detail: points(19),
  small: points(17),
  source: points(16),
} as const;

export const masters = { content: 'VMVC_CONTENT', title: 'VMVC_TITLE' } as const;

/** Where a content slide's title and bullets sit; the exhibit takes the room the bullets leave. */
export const contentBox = {
  titleY: inches(72),
  titleHeight: inches(70),
  bodyY: inches(168),
  bottom: inches(660),
} as const;

export function defineMasters(pptx: PptxGenJS): void {
  const text = { fontFace: fontFamily, color: hex(colors.ink) };
  const slideNumber = {
    x: inches(16),
    y: inches(684),
    w: 1,
    h: inches(28),
    fontFace: fontFamily,
    fontSize: 10,
    color: hex(colors.muted),
  };
  pptx.defineSlideMaster({
    title: masters.content,
    background: { color: hex(colors.paper) },
    slideNumber,
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: frame.x,
            y: contentBox.titleY,
            w: frame.width,
            h: contentBox.titleHeight,
            ...text,
            fontSize: type.title,
            bold: true,
            align: 'left',
            valign: 'bottom',
            margin: 0,
          },
          text: '',
        },
      },
      {
        line: {
          x: frame.x,
          y: contentBox.titleY + contentBox.titleHeight + inches(6),
          w: frame.width,
          h: 0,
          line: { color: hex(colors.rule), width: 1.5 },
        },
      },
      {
        placeholder: {
          options: {
            name: 'body',
            type: 'body',
            x: frame.x,
            y: contentBox.bodyY,
            w: frame.width,
            h: inches(300),
            ...text,
            fontSize: type.bullet,
            align: 'left',
            valign: 'top',
            margin: 0,
          },
          text: '',
        },
      },
    ],
  });
  pptx.defineSlideMaster({
    title: masters.title,
    background: { color: hex(colors.paper) },
    slideNumber,
    objects: [
      { rect: { x: 0, y: 0, w: slideSize.width, h: inches(10), fill: { color: hex(colors.link) } } },
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            x: frame.x,
            y: inches(190),
            w: frame.width,
            h: inches(130),
            ...text,
            fontSize: type.titleSlide,
            bold: true,
            align: 'left',
            valign: 'bottom',
            margin: 0,
          },
          text: '',
        },
      },
      {
        placeholder: {
          options: {
            name: 'body',
            type: 'body',
            x: frame.x,
            y: inches(330),
            w: frame.width,
            h: inches(300),
            ...text,
            fontSize: type.body,
            color: hex(colors.muted),
            align: 'left',
            valign: 'top',
            margin: 0,
          },
          text: '',
        },
      },
    ],
  });
}
