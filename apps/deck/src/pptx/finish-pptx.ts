// The last step of the PowerPoint: pptxgenjs writes the file with today's date in its properties and in
// every zip entry, and has no groups. Here the dates become the lecture's own (same lecture, same bytes),
// and each figure's shapes are gathered into one group named after the figure and described by its alt
// text, so a colleague moves or resizes the figure as one object and a screen reader reads its description.
// pptxgenjs also leaves an empty copy of every layout placeholder a slide does not fill, which PowerPoint and
// LibreOffice draw in their editing view as a dashed "click to add text" frame over the table or the cards,
// and it tags the East-Asian font slot with the Chinese GB2312 character set: both are put right here.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Box, DrawnFigure } from './figure-shapes.ts';

const emu = (inches: number) => Math.round(inches * 914400);
const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The zip entries' time: DOS dates start in 1980, so the lecture's date, at noon UTC, never underflows. */
const entryTime = (date: string) => new Date(`${date}T12:00:00Z`);

function groupXml(figure: DrawnFigure, id: number, shapes: string): string {
  const { x, y, w, h }: Box = figure.box;
  const xfrm = `<a:off x="${emu(x)}" y="${emu(y)}"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/><a:chOff x="${emu(x)}" y="${emu(y)}"/><a:chExt cx="${emu(w)}" cy="${emu(h)}"/>`;
  return `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="${attribute(`Figure: ${figure.title}`)}" descr="${attribute(figure.alt)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${xfrm}</a:xfrm></p:grpSpPr>${shapes}</p:grpSp>`;
}

/** The slide's XML with the shapes named `figure.name` (added one after another) inside one group. */
function groupFigure(xml: string, figure: DrawnFigure, id: number): string {
  const shape = /<p:(sp|cxnSp)>[\s\S]*?<\/p:\1>/g;
  const members = [...xml.matchAll(shape)].filter((m) => m[0].includes(`name="${attribute(figure.name)}"`));
  const first = members[0];
  const last = members.at(-1);
  if (!first || !last || first.index === undefined || last.index === undefined) return xml;
  const start = first.index;
  const end = last.index + last[0].length;
  const span = xml.slice(start, end);
  // Only a run of the figure's own shapes is grouped; anything else between them would change places.
  if (members.map((m) => m[0]).join('') !== span) {
    throw new Error(`${figure.name}: its shapes are not one after another on the slide`);
  }
  return xml.slice(0, start) + groupXml(figure, id, span) + xml.slice(end);
}

/**
 * The slide without the placeholders pptxgenjs copies from the layout and leaves empty (a slide whose bullets
 * are a table or cards has no body text): a slide need not carry a placeholder of its layout, and an empty
 * one is an object in the editing view that covers what is under it.
 */
function dropEmptyPlaceholders(xml: string): string {
  return xml.replace(/<p:sp>[\s\S]*?<\/p:sp>/g, (shape) =>
    /<p:nvPr>\s*<p:ph\b/.test(shape) && !/<a:t>[^<]/.test(shape) ? '' : shape,
  );
}

/**
 * The Windows character set of the Korean font slot: HANGUL_CHARSET (129), which DrawingML stores as a signed
 * byte, "-127", as PowerPoint writes it for a Korean font. pptxgenjs writes GB2312 ("-122") in every run's
 * `a:ea`, which tells Office the font is a Chinese one when it looks for a substitute.
 */
const hangulCharset = '-127';

/** Every `a:ea` that names a font (not a theme reference such as `+mn-ea`) with the Hangul character set. */
function withHangulCharset(xml: string): string {
  return xml.replace(/<a:ea\b([^>]*?)\s*\/>/g, (slot, attributes: string) => {
    const typeface = /\btypeface="([^"]*)"/.exec(attributes)?.[1] ?? '';
    if (typeface === '' || typeface.startsWith('+')) return slot;
    return `<a:ea${attributes.replace(/\s+charset="[^"]*"/, '')} charset="${hangulCharset}"/>`;
  });
}

/** Text as XML character data. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The finished .pptx: `figures[n]` are the figures drawn on slide n + 1; `date` (YYYY-MM-DD) is the
 * lecture's, used for the document's created and modified dates and every zip entry's time; `contentStamp`
 * (`v0.1.0 · 1a2b3c4d`) goes into the document's description, where PowerPoint's File > Info shows it and a
 * tool reads which lecture the file holds.
 */
export function finishPptx(
  written: Uint8Array,
  figures: readonly DrawnFigure[][],
  date: string,
  contentStamp: string,
): Uint8Array {
  const files = unzipSync(written);
  const time = `${date}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) {
    const description = `<dc:description>content ${xmlText(contentStamp)}</dc:description>`;
    files['docProps/core.xml'] = strToU8(
      strFromU8(core)
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${time}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${time}$2`)
        .replace(/<dc:description>[^<]*<\/dc:description>|(?=<\/cp:coreProperties>)/, description),
    );
  }
  for (const [path, slide] of Object.entries(files)) {
    const number = /^ppt\/slides\/slide(\d+)\.xml$/.exec(path)?.[1];
    if (number === undefined) continue;
    let xml = dropEmptyPlaceholders(strFromU8(slide));
    for (const [k, figure] of (figures[Number(number) - 1] ?? []).entries()) {
      xml = groupFigure(xml, figure, 9000 + k);
    }
    files[path] = strToU8(xml);
  }
  // Slides, layouts, master and notes: every part that sets a font.
  for (const [name, data] of Object.entries(files)) {
    if (!/^ppt\/.*\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    const fixed = withHangulCharset(xml);
    if (fixed !== xml) files[name] = strToU8(fixed);
  }
  // The entries in the order pptxgenjs wrote them ([Content_Types].xml first), each with the lecture's time;
  // not its empty folders (media, charts, embeddings), which a package does not need.
  for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
  return zipSync(files, { level: 6, mtime: entryTime(date) });
}
