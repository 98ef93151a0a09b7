// Builds the lecture as an editable PowerPoint (16:9): every slide of the slide sequence in order, titles and
// bullets in the masters' placeholders, exhibits as native tables and shapes, figures as grouped shapes from
// the deck's own geometry, references with their links, speaker notes in the notes pane, slide numbers.
// Same lecture, same bytes (finishPptx). Words all come from @vmvc/content; this module only places them.

import {
  authorLine,
  citationList,
  contentStamp,
  formatDate,
  type Lecture,
  type Slide,
  slideSequence,
} from '@vmvc/content';
import { colors } from '@vmvc/design';
import { assertXmlCharacters } from '@vmvc/schema/xml-characters';
import PptxGenJS from 'pptxgenjs';
import {
  comparisonTable,
  keyDifferences,
  productCards,
  referenceParagraphs,
  sideColumns,
  termParagraphs,
} from './exhibit-shapes.ts';
import { type Box, type DrawnFigure, drawFigure } from './figure-shapes.ts';
import { finishPptx } from './finish-pptx.ts';
import { contentBox, defineMasters, frame, hex, inches, masters, type } from './slide-master.ts';
import { paragraphs, runs } from './text-runs.ts';

/** Height of one bullet line at the deck's bullet size, in inches, with the space after it. */
const bulletLine = (type.bullet * 1.25 + 6) / 72;
/** Height of the terms box at the foot of a content slide, per term. */
const termLine = 0.42;

function sourcesLine(pptxSlide: PptxGenJS.Slide, slide: Slide, lecture: Lecture): void {
  if (slide.references.length === 0) return;
  pptxSlide.addText(
    runs(`Sources ${citationList(slide.references, lecture)}`, {
      fontSize: type.source,
      color: hex(colors.muted),
    }),
    {
      x: frame.x + frame.width - 4,
      y: inches(40),
      w: 4,
      h: inches(28),
      align: 'right',
      margin: 0,
    },
  );
}

function bullets(
  pptxSlide: PptxGenJS.Slide,
  items: readonly string[],
  options: { numbered?: boolean } = {},
): void {
  if (items.length === 0) return;
  pptxSlide.addText(
    paragraphs(
      items.map((text) => ({
        text,
        options: { bullet: options.numbered ? { type: 'number' as const } : true, paraSpaceAfter: 6 },
      })),
    ),
    { placeholder: 'body' },
  );
}

/** The room a content slide leaves for its exhibit: under the bullets, over the terms box. */
function exhibitBox(slide: Slide): Box {
  const top = contentBox.bodyY + (slide.bullets.length > 0 ? slide.bullets.length * bulletLine + 0.15 : 0);
  const termsHeight = slide.terms.length > 0 ? slide.terms.length * termLine + 0.3 : 0;
  return { x: frame.x, y: top, w: frame.width, h: contentBox.bottom - termsHeight - top };
}

function contentSlide(
  pptx: PptxGenJS,
  pptxSlide: PptxGenJS.Slide,
  slide: Slide,
  lecture: Lecture,
): DrawnFigure[] {
  pptxSlide.addText(runs(slide.title), { placeholder: 'title' });
  sourcesLine(pptxSlide, slide, lecture);
  bullets(pptxSlide, slide.bullets);
  const box = exhibitBox(slide);
  const drawn: DrawnFigure[] = [];
  switch (slide.exhibit?.type) {
    case 'figure':
      if (slide.figure) drawn.push(drawFigure(pptx, pptxSlide, slide.figure, box));
      break;
    case 'comparison':
      comparisonTable(pptxSlide, lecture, box);
      break;
    case 'products':
      productCards(pptx, pptxSlide, slide.products, box);
      break;
    case 'use-cases':
      sideColumns(pptxSlide, lecture, box, (profile) => profile.useCases.map((u) => u.label));
      break;
    case 'profiles':
      sideColumns(pptxSlide, lecture, box, (profile) => profile.points);
      break;
    case 'key-differences':
      keyDifferences(pptx, pptxSlide, lecture.keyDifferences, box);
      break;
  }
  if (slide.terms.length > 0) {
    const height = slide.terms.length * termLine + 0.15;
    pptxSlide.addText(termParagraphs(slide.terms, type.small), {
      x: frame.x,
      y: contentBox.bottom - height,
      w: frame.width,
      h: height,
      fill: { color: hex(colors.shade) },
      valign: 'middle',
      margin: 0.1,
    });
  }
  return drawn;
}

function titleSlide(pptxSlide: PptxGenJS.Slide, slide: Slide, lecture: Lecture): void {
  pptxSlide.addText(runs(slide.title), { placeholder: 'title' });
  pptxSlide.addText(
    paragraphs([
      ...(slide.subtitle ? [{ text: slide.subtitle, options: { paraSpaceAfter: 18 } }] : []),
      // The author in both scripts: "Junghyun Kim (김정현)".
      { text: authorLine(lecture.meta.authors), options: { bold: true, color: hex(colors.ink) } },
      { text: formatDate(lecture.meta.date, 'iso'), options: { fontSize: type.small } },
    ]),
    { placeholder: 'body' },
  );
}

function closingSlide(pptxSlide: PptxGenJS.Slide, slide: Slide, lecture: Lecture): void {
  pptxSlide.addText(runs(slide.title), { placeholder: 'title' });
  pptxSlide.addText(
    paragraphs([
      ...slide.bullets.map((text) => ({
        text,
        options: { bullet: true, color: hex(colors.ink), paraSpaceAfter: 6 },
      })),
      {
        text: `${lecture.meta.title} · ${authorLine(lecture.meta.authors)}`,
        options: { fontSize: type.small },
      },
    ]),
    { placeholder: 'body' },
  );
  // Small in the footer, for the lecturer: which content this file was made from.
  pptxSlide.addText(
    runs(`@vmvc/content ${contentStamp(lecture).text}`, { fontSize: 9, color: hex(colors.muted) }),
    {
      x: frame.x,
      y: inches(676),
      w: 5,
      h: inches(24),
      margin: 0,
    },
  );
}

function pageSlide(pptxSlide: PptxGenJS.Slide, slide: Slide, lecture: Lecture): void {
  pptxSlide.addText(runs(slide.title), { placeholder: 'title' });
  if (slide.page && slide.page.count > 1) {
    pptxSlide.addText(
      runs(`${slide.page.index} / ${slide.page.count}`, { fontSize: type.source, color: hex(colors.muted) }),
      {
        x: frame.x + frame.width - 2,
        y: inches(40),
        w: 2,
        h: inches(28),
        align: 'right',
        margin: 0,
      },
    );
  }
  const box = { x: frame.x, y: contentBox.bodyY, w: frame.width, h: contentBox.bottom - contentBox.bodyY };
  if (slide.kind === 'glossary') {
    const half = Math.ceil(slide.terms.length / 2);
    const gap = 0.4;
    const w = (box.w - gap) / 2;
    for (const [i, terms] of [slide.terms.slice(0, half), slide.terms.slice(half)].entries()) {
      if (terms.length === 0) continue;
      pptxSlide.addText(termParagraphs(terms, type.detail), {
        ...box,
        x: box.x + i * (w + gap),
        w,
        valign: 'top',
        margin: 0,
      });
    }
  } else {
    pptxSlide.addText(referenceParagraphs(slide.references, lecture), { ...box, valign: 'top', margin: 0 });
  }
}

/** The lecture as a .pptx file's bytes. */
export async function buildPptx(lecture: Lecture): Promise<Uint8Array> {
  assertXmlCharacters(lecture, 'the PowerPoint');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = lecture.meta.title;
  pptx.subject = lecture.meta.subtitle;
  pptx.author = authorLine(lecture.meta.authors);
  pptx.company = '';
  pptx.revision = '1';
  pptx.theme = { headFontFace: 'Noto Sans KR', bodyFontFace: 'Noto Sans KR' };
  defineMasters(pptx);
  const figures: DrawnFigure[][] = [];
  for (const slide of slideSequence(lecture)) {
    const master = slide.kind === 'title' || slide.kind === 'closing' ? masters.title : masters.content;
    const pptxSlide = pptx.addSlide({ masterName: master });
    let drawn: DrawnFigure[] = [];
    switch (slide.kind) {
      case 'title':
        titleSlide(pptxSlide, slide, lecture);
        break;
      case 'agenda':
        pptxSlide.addText(runs(slide.title), { placeholder: 'title' });
        bullets(pptxSlide, slide.bullets, { numbered: true });
        break;
      case 'closing':
        closingSlide(pptxSlide, slide, lecture);
        break;
      case 'glossary':
      case 'references':
        pageSlide(pptxSlide, slide, lecture);
        break;
      default:
        drawn = contentSlide(pptx, pptxSlide, slide, lecture);
    }
    pptxSlide.addNotes(slide.notes);
    figures.push(drawn);
  }
  const written = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return finishPptx(written, figures, lecture.meta.date, contentStamp(lecture).text);
}
