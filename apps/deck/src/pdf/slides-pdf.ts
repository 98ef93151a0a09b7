// The slides as a PDF for an LMS upload or a printer: reveal.js's print view of the built deck, printed by
// Chromium (every fragment shown, fonts embedded, links kept, tagged), then given an outline of sections and
// slides, the lecture's metadata and fixed dates with mupdf, so the same deck gives the same bytes.
import { pathToFileURL } from 'node:url';
import { type BrowserSession, printToPdf } from '@vmvc/browser';
import { authorLine, contentStamp, type Lecture, type Slide, slideSequence } from '@vmvc/content';
import * as mupdf from 'mupdf';

export interface SlidesPdfOptions {
  /** The built deck, `dist/index.html`. */
  file: string;
  /** The lecture the deck was built from: the outline and the metadata come from it. */
  lecture: Lecture;
  /** A page with the speaker notes after each slide. */
  notes?: boolean;
  /** The command's browser session, shared with its other browser jobs; a Chromium of its own if none. */
  browser?: BrowserSession;
}

/** A PDF date for the lecture's day (`D:20240924000000Z`): the file says when the lecture is, not when it was printed. */
function pdfDate(isoDate: string): string {
  return `D:${isoDate.replaceAll('-', '')}000000Z`;
}

/** Chromium's print of the deck's print view, as it comes. */
function printDeck(file: string, notes: boolean, browser?: BrowserSession): Promise<Uint8Array> {
  const query = notes ? '?print-pdf&showNotes=separate-page' : '?print-pdf';
  return printToPdf(
    { url: `${pathToFileURL(file).href}${query}` },
    {
      viewport: { width: 1280, height: 720 },
      // reveal.js lays the print view out after load.
      ready: () => document.querySelectorAll('.pdf-page').length > 0,
      // The outline is written below, from the lecture.
      outline: false,
      browser,
    },
  );
}

/**
 * The outline: one entry per section, or per run of pages of one list (the glossary's, the references'), or
 * the slide itself; where an entry covers more than one slide, its slides beneath it.
 */
function addOutline(doc: mupdf.PDFDocument, lecture: Lecture, pagesPerSlide: number): void {
  const iterator = doc.outlineIterator();
  // Chromium writes none (outline: false); start from an empty tree whatever it did.
  while (iterator.item()) iterator.delete();
  const slides = slideSequence(lecture);
  const pageOf = (index: number) => `#page=${index * pagesPerSlide + 1}`;
  const groupOf = (slide: Slide) =>
    slide.section ? `section ${slide.section.id}` : slide.page ? `list ${slide.kind}` : `slide ${slide.id}`;
  // Runs of consecutive slides of one group, each with the index of its first slide.
  const runs: { first: number; members: Slide[] }[] = [];
  slides.forEach((slide, index) => {
    const last = runs.at(-1);
    const previous = last?.members.at(-1);
    if (last && previous && groupOf(previous) === groupOf(slide)) last.members.push(slide);
    else runs.push({ first: index, members: [slide] });
  });
  for (const { first, members } of runs) {
    const [head] = members;
    if (!head) continue;
    iterator.insert({ title: head.section?.title ?? head.title, uri: pageOf(first), open: true });
    if (members.length === 1) continue;
    // insert() leaves the iterator after the new item: step back onto it to add its children.
    iterator.prev();
    iterator.down();
    members.forEach((slide, i) => {
      const page = slide.page ? ` (${slide.page.index}/${slide.page.count})` : '';
      iterator.insert({ title: `${slide.title}${page}`, uri: pageOf(first + i), open: false });
    });
    iterator.up();
    iterator.next();
  }
}

/** The slides PDF of a built deck: one 16:9 page per slide (two with `notes`). */
export async function slidesPdf({
  file,
  lecture,
  notes = false,
  browser,
}: SlidesPdfOptions): Promise<Uint8Array> {
  const printed = await printDeck(file, notes, browser);
  const doc = mupdf.Document.openDocument(printed, 'application/pdf').asPDF();
  if (!doc) throw new Error(`${file}: Chromium's print is not a PDF`);
  const expected = slideSequence(lecture).length * (notes ? 2 : 1);
  if (doc.countPages() !== expected) {
    throw new Error(
      `${file}: the print has ${doc.countPages()} pages: expected ${expected} (${notes ? 'two' : 'one'} per slide); is the deck built from this lecture?`,
    );
  }
  addOutline(doc, lecture, notes ? 2 : 1);
  const { meta } = lecture;
  const date = pdfDate(meta.date);
  doc.setMetaData('info:Title', meta.title);
  doc.setMetaData('info:Author', authorLine(meta.authors));
  doc.setMetaData('info:Subject', meta.subtitle);
  // The content stamp, as the handouts carry it: what a tool reads to tell which lecture the file holds.
  doc.setMetaData('info:Creator', `@vmvc/deck · content ${contentStamp(lecture).text}`);
  doc.setMetaData('info:CreationDate', date);
  doc.setMetaData('info:ModDate', date);
  // Chromium's file identifier is random per print: without it the bytes depend on the deck alone.
  doc.getTrailer().delete('ID');
  // A copy: asUint8Array() is a view into mupdf's WebAssembly memory, which mupdf frees and reuses once the
  // buffer is collected, so a later mupdf call (another print, a test reading the fonts) could overwrite the
  // bytes before they are written.
  const saved = doc.saveToBuffer('garbage=compact,compress');
  try {
    return saved.asUint8Array().slice();
  } finally {
    saved.destroy();
    doc.destroy();
  }
}
