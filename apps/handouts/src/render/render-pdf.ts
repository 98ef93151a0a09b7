// Rendering as a function of a lecture: any lecture object (the shipped one, or a test's fixture), a
// variant and a paper size give the bytes of one PDF.
import { renderToBuffer } from '@react-pdf/renderer';
import type { Lecture } from '@vmvc/content';
import { createElement, type ReactElement } from 'react';
import { HandoutDocument } from '../documents/HandoutDocument.tsx';
import { NotesDocument } from '../documents/NotesDocument.tsx';
import { papers } from '../documents/paper.ts';
import { SummaryDocument, summaryFloor } from '../documents/SummaryDocument.tsx';
import type { RenderOptions } from '../documents/variants.ts';
import { planNotes } from '../notes/plan-notes.ts';
import { loadFonts } from '../text/fonts.ts';
import { CatchRenderError, type ErrorHolder } from './CatchRenderError.tsx';
import { countPages } from './count-pages.ts';

export interface RenderedPdf {
  bytes: Buffer;
  pages: number;
}

/**
 * The type sizes the summary tries, largest first, until everything is on one page. The first fits the
 * shipped lecture on A4 and Letter; a longer lecture costs one more render per step.
 */

async function render(element: ReactElement): Promise<RenderedPdf> {
  const holder: ErrorHolder = { error: null };
  const root = createElement(CatchRenderError, { holder }, element);
  let bytes: Buffer;
  try {
    // renderToBuffer's typing asks for a <Document> element; the boundary renders one.
    bytes = await renderToBuffer(root as Parameters<typeof renderToBuffer>[0]);
  } catch (error) {
    throw holder.error ?? error;
  }
  if (holder.error) throw holder.error;
  return { bytes, pages: countPages(bytes) };
}

export async function renderPdf(lecture: Lecture, options: RenderOptions): Promise<RenderedPdf> {
  const measure = await loadFonts();
  const paper = papers[options.paper];
  switch (options.variant) {
    case 'handout':
      return render(createElement(HandoutDocument, { lecture, paper, measure }));
    case 'notes':
      return render(
        createElement(NotesDocument, {
          lecture,
          paper,
          measure,
          speaker: options.speaker ?? false,
          plans: planNotes(lecture, measure),
        }),
      );
    case 'summary': {
      const pdf = await render(createElement(SummaryDocument, { lecture, paper }));
      if (pdf.pages !== 1) {
        throw new Error(
          `summary (${paper.label}): the figure, the comparison table and the glossary take ${pdf.pages} pages at ${summaryFloor} pt, the smallest type print allows: expected one page; shorten the glossary's definitions in packages/content/src/data/terms.ts`,
        );
      }
      return pdf;
    }
  }
}
