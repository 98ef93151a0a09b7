// Reads a tagged PDF as assistive technology does: the structure tree from the StructTreeRoot (with mupdf)
// with the text of each element's marked content (with pdfjs-dist, as a viewer extracts it), the document's
// accessibility flags, and per page what a PDF/UA checker looks for: painting outside any marked content,
// marked content no element owns, and the tree pdfjs's own `page.getStructTree()` gives a viewer.
import * as mupdf from 'mupdf';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element: its standard type, attributes, and kids in reading order. */
export interface StructElement {
  kind: 'element';
  role: string;
  alt?: string;
  lang?: string;
  actualText?: string;
  /** /Scope of a TH (from its Table attributes). */
  scope?: string;
  kids: StructKid[];
}

/** A marked-content sequence an element owns, with the text drawn in it (line ends as newlines). */
export interface MarkedContent {
  kind: 'content';
  /** 1-based page number. */
  page: number;
  mcid: number;
  text: string;
}

/** An annotation an element owns (an OBJR), e.g. a link's. */
export interface AnnotationRef {
  kind: 'annotation';
  page: number;
  subtype: string;
  uri?: string;
  /** The annotation's /Contents: its description for assistive technology. */
  contents?: string;
}

export type StructKid = StructElement | MarkedContent | AnnotationRef;

/** A node of the tree pdfjs's `page.getStructTree()` returns: what a pdf.js viewer exposes for a page. */
export interface ViewerStructNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: ViewerStructNode[];
}

export interface StructTreePage {
  number: number;
  /** The page's /Tabs: `S` orders annotations by the structure. */
  tabs: string | null;
  /** Painting operators (text, paths, images) drawn outside every marked-content sequence. */
  unmarked: string[];
  /** The marked-content ids of the page in the order they are drawn. */
  drawnMcids: number[];
  /** Marked-content ids drawn on the page that no structure element owns. */
  orphanMcids: number[];
  /** Text drawn inside artifacts, in drawing order. */
  artifactText: string[];
  /** The page as pdfjs's `page.getStructTree()` gives it to a viewer. */
  viewerTree: ViewerStructNode | null;
}

export interface StructTree {
  /** MarkInfo /Marked. */
  marked: boolean;
  /** The catalog's /Lang. */
  lang: string | null;
  /** ViewerPreferences /DisplayDocTitle. */
  displayDocTitle: boolean;
  /** `pdfuaid:part` of the XMP metadata; null when the PDF does not claim PDF/UA. */
  pdfuaPart: number | null;
  /** The StructTreeRoot's elements. */
  roots: StructElement[];
  pages: StructTreePage[];
}

/** The text of a kid and everything below it, in reading order. */
export function textOf(kid: StructKid): string {
  if (kid.kind === 'content') return kid.text;
  if (kid.kind === 'annotation') return '';
  return kid.kids.map(textOf).join('');
}

/** Every element at or below `roots` in reading order (depth first), of one role if given. */
export function elementsOf(roots: StructKid | readonly StructKid[], role?: string): StructElement[] {
  const found: StructElement[] = [];
  const visit = (kid: StructKid) => {
    if (kid.kind !== 'element') return;
    if (role === undefined || kid.role === role) found.push(kid);
    kid.kids.forEach(visit);
  };
  (Array.isArray(roots) ? roots : [roots as StructKid]).forEach(visit);
  return found;
}

/** `object[key]` with indirect references followed; null when absent. */
function at(object: mupdf.PDFObject | null, key: string | number): mupdf.PDFObject | null {
  if (object === null || !(object.isDictionary() || object.isArray())) return null;
  const value = object.get(key);
  if (value.isNull()) return null;
  return value.isIndirect() ? value.resolve() : value;
}

const items = (object: mupdf.PDFObject | null): mupdf.PDFObject[] => {
  if (object === null) return [];
  if (!object.isArray()) return [object];
  return Array.from({ length: object.length }, (_, i) => at(object, i)).filter((o) => o !== null);
};
/** The decoded text of a stream, or of each stream of an array; a stream is read through its reference. */
const streamsOf = (object: mupdf.PDFObject | null): string[] => {
  if (object === null || object.isNull()) return [];
  if (object.isArray())
    return Array.from({ length: object.length }, (_, i) => object.get(i)).flatMap(streamsOf);
  return object.isStream() ? [object.readStream().asString()] : [];
};
const nameOf = (object: mupdf.PDFObject | null) => (object?.isName() ? object.asName() : undefined);
const stringOf = (object: mupdf.PDFObject | null) => (object?.isString() ? object.asString() : undefined);

/** The operators that put marks on the page: show text, paint paths, draw images and shadings. */
const painting = new Set([
  'Tj',
  'TJ',
  "'",
  '"',
  'f',
  'F',
  'f*',
  'S',
  's',
  'B',
  'B*',
  'b',
  'b*',
  'Do',
  'sh',
  'BI',
]);

interface Mark {
  tag: string;
  mcid: number | null;
}

/**
 * Every painting operator of a content stream with the marked-content sequences it is drawn in, and every
 * MCID opened. A small tokenizer: enough for the streams PDF writers produce (no inline image data).
 */
function scanContent(content: string): { painted: { operator: string; marks: Mark[] }[]; mcids: number[] } {
  const painted: { operator: string; marks: Mark[] }[] = [];
  const mcids: number[] = [];
  const stack: Mark[] = [];
  let operands: string[] = [];
  let i = 0;
  const n = content.length;
  const isSpace = (c: string) =>
    c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelimiter = (c: string) => '()<>[]{}/%'.includes(c) || isSpace(c);
  while (i < n) {
    const c = content[i] as string;
    if (isSpace(c)) {
      i += 1;
    } else if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i += 1;
    } else if (c === '(') {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 0;
      const start = i;
      do {
        if (content[i] === '\\') i += 1;
        else if (content[i] === '(') depth += 1;
        else if (content[i] === ')') depth -= 1;
        i += 1;
      } while (i < n && depth > 0);
      operands.push(content.slice(start, i));
    } else if (c === '<' && content[i + 1] === '<') {
      operands.push('<<');
      i += 2;
    } else if (c === '>' && content[i + 1] === '>') {
      operands.push('>>');
      i += 2;
    } else if (c === '<') {
      const end = content.indexOf('>', i);
      operands.push(content.slice(i, end + 1));
      i = end + 1;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      operands.push(c);
      i += 1;
    } else {
      const start = i;
      i += 1;
      while (i < n && !isDelimiter(content[i] as string)) i += 1;
      const token = content.slice(start, i);
      if (c === '/' || /^[-+.\d]/.test(token) || token === 'true' || token === 'false' || token === 'null') {
        operands.push(token);
        continue;
      }
      // An operator.
      if (token === 'BMC' || token === 'BDC') {
        const tag = (operands.find((o) => o.startsWith('/')) ?? '/').slice(1);
        const at = operands.indexOf('/MCID');
        const mcid = token === 'BDC' && at >= 0 ? Number(operands[at + 1]) : null;
        if (mcid !== null) mcids.push(mcid);
        stack.push({ tag, mcid });
      } else if (token === 'EMC') {
        stack.pop();
      } else if (painting.has(token)) {
        painted.push({ operator: token, marks: [...stack] });
      }
      operands = [];
    }
  }
  return { painted, mcids };
}

interface PdfjsItem {
  str?: string;
  hasEOL?: boolean;
  type?: string;
  tag?: string;
  id?: string | null;
}

export async function readStructTree(bytes: Uint8Array): Promise<StructTree> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false })
    .promise;
  const doc = mupdf.PDFDocument.openDocument(bytes, 'application/pdf') as mupdf.PDFDocument;
  try {
    const pageCount = doc.countPages();
    const pageNumbers = new Map<number, number>();
    for (let p = 0; p < pageCount; p += 1) pageNumbers.set(doc.findPage(p).asIndirect(), p + 1);

    // The text of every marked-content sequence with an MCID, and the artifacts' text, as pdfjs reads them.
    const texts = new Map<string, string>();
    const pages: StructTreePage[] = [];
    for (let p = 1; p <= pageCount; p += 1) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const stack: PdfjsItem[] = [];
      const artifactText: string[] = [];
      for (const item of content.items as PdfjsItem[]) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push(item);
        else if (item.type === 'endMarkedContent') stack.pop();
        else if (typeof item.str === 'string') {
          const text = `${item.str}${item.hasEOL ? '\n' : ''}`;
          if (stack.some((m) => m.tag === 'Artifact')) {
            if (item.str.trim() !== '') artifactText.push(item.str);
            continue;
          }
          const id = [...stack].reverse().find((m) => typeof m.id === 'string')?.id;
          const mcid = id ? Number(/_mc(\d+)$/.exec(id)?.[1]) : Number.NaN;
          if (Number.isNaN(mcid)) continue;
          // A sequence that starts a new line starts with pdfjs's empty end-of-line item: a newline.
          texts.set(`${p}:${mcid}`, (texts.get(`${p}:${mcid}`) ?? '') + text);
        }
      }
      const pageObject = doc.findPage(p - 1);
      const scanned = scanContent(streamsOf(pageObject.get('Contents')).join('\n'));
      pages.push({
        number: p,
        tabs: nameOf(at(pageObject, 'Tabs')) ?? null,
        unmarked: scanned.painted.filter((d) => d.marks.length === 0).map((d) => d.operator),
        drawnMcids: scanned.mcids,
        orphanMcids: [],
        artifactText,
        viewerTree: (await page.getStructTree()) as ViewerStructNode | null,
      });
    }

    const owned = new Set<string>();
    const element = (dict: mupdf.PDFObject, inheritedPage: number): StructElement => {
      const page =
        pageNumbers.get(dict.get('Pg').isIndirect() ? dict.get('Pg').asIndirect() : -1) ?? inheritedPage;
      const attributes = items(at(dict, 'A'));
      const scope = attributes.map((a) => nameOf(at(a, 'Scope'))).find((s) => s !== undefined);
      const kids: StructKid[] = items(at(dict, 'K')).map((kid): StructKid => {
        if (kid.isNumber()) {
          owned.add(`${page}:${kid.asNumber()}`);
          return {
            kind: 'content',
            page,
            mcid: kid.asNumber(),
            text: texts.get(`${page}:${kid.asNumber()}`) ?? '',
          };
        }
        const type = nameOf(at(kid, 'Type'));
        const kidPage = kid.get('Pg').isIndirect()
          ? (pageNumbers.get(kid.get('Pg').asIndirect()) ?? page)
          : page;
        if (type === 'MCR') {
          const mcid = at(kid, 'MCID')?.asNumber() ?? -1;
          owned.add(`${kidPage}:${mcid}`);
          return { kind: 'content', page: kidPage, mcid, text: texts.get(`${kidPage}:${mcid}`) ?? '' };
        }
        if (type === 'OBJR') {
          const annotation = at(kid, 'Obj');
          const uri = stringOf(at(at(annotation, 'A'), 'URI'));
          const contents = stringOf(at(annotation, 'Contents'));
          return {
            kind: 'annotation',
            page: kidPage,
            subtype: nameOf(at(annotation, 'Subtype')) ?? '',
            ...(uri === undefined ? {} : { uri }),
            ...(contents === undefined ? {} : { contents }),
          };
        }
        return element(kid, page);
      });
      const optional = (key: string, value: string | undefined) =>
        value === undefined ? {} : { [key]: value };
      return {
        kind: 'element',
        role: nameOf(at(dict, 'S')) ?? '',
        ...optional('alt', stringOf(at(dict, 'Alt'))),
        ...optional('lang', stringOf(at(dict, 'Lang'))),
        ...optional('actualText', stringOf(at(dict, 'ActualText'))),
        ...optional('scope', scope),
        kids,
      };
    };

    const catalog = at(doc.getTrailer(), 'Root');
    const treeRoot = at(catalog, 'StructTreeRoot');
    const roots = items(at(treeRoot, 'K')).map((kid) => element(kid, 0));
    for (const page of pages) {
      page.orphanMcids = page.drawnMcids.filter((mcid) => !owned.has(`${page.number}:${mcid}`));
    }
    const xmp = streamsOf(catalog?.get('Metadata') ?? null).join('');
    const part = /<pdfuaid:part>\s*(\d+)\s*<\/pdfuaid:part>/.exec(xmp)?.[1];
    return {
      marked: at(at(catalog, 'MarkInfo'), 'Marked')?.asBoolean() ?? false,
      lang: stringOf(at(catalog, 'Lang')) ?? null,
      displayDocTitle: at(at(catalog, 'ViewerPreferences'), 'DisplayDocTitle')?.asBoolean() ?? false,
      pdfuaPart: part === undefined ? null : Number(part),
      roots,
      pages,
    };
  } finally {
    doc.destroy();
    await pdf.destroy();
  }
}
