// The fonts a PDF uses and whether each travels inside it, read with mupdf (WASM from npm), like `pdffonts`.
import * as mupdf from 'mupdf';

export interface PdfFont {
  /** BaseFont, e.g. `ABCDEF+NotoSansKR-Regular` for a subset. */
  name: string;
  /** Subtype: Type0, TrueType, Type1, ... */
  type: string;
  /** Encoding name, e.g. `Identity-H`; empty when the font names none. */
  encoding: string;
  /** The font program is inside the PDF (FontFile, FontFile2 or FontFile3). */
  embedded: boolean;
  /** Only the glyphs used are embedded: the name carries a six-letter tag. */
  subset: boolean;
  /** A ToUnicode map lets readers copy and search the text. */
  unicode: boolean;
}

/** `object[key]` with indirect references followed; null when absent (mupdf's null object has no `get`). */
function at(object: mupdf.PDFObject | null, key: string | number): mupdf.PDFObject | null {
  if (object === null || !(object.isDictionary() || object.isArray())) return null;
  const value = object.get(key);
  if (value.isNull()) return null;
  return value.isIndirect() ? value.resolve() : value;
}

function describe(font: mupdf.PDFObject): PdfFont {
  // A Type0 font keeps its descriptor on its one descendant font.
  const descendant = at(at(font, 'DescendantFonts'), 0);
  const descriptor = at(descendant ?? font, 'FontDescriptor');
  const nameOf = (value: mupdf.PDFObject | null) => (value?.isName() ? value.asName() : '');
  const name = nameOf(at(font, 'BaseFont'));
  return {
    name,
    type: nameOf(at(font, 'Subtype')),
    encoding: nameOf(at(font, 'Encoding')),
    embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((key) => at(descriptor, key) !== null),
    subset: /^[A-Z]{6}\+/.test(name),
    unicode: at(font, 'ToUnicode') !== null,
  };
}

/** Every font of every page (and of the forms the pages draw), each once. */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const doc = mupdf.PDFDocument.openDocument(bytes, 'application/pdf') as mupdf.PDFDocument;
  const fonts = new Map<string, PdfFont>();
  const seen = new Set<number>();
  const visit = (resources: mupdf.PDFObject | null) => {
    if (resources === null) return;
    at(resources, 'Font')?.forEach((font) => {
      const key = font.isIndirect() ? `#${font.asIndirect()}` : font.toString();
      if (!fonts.has(key)) fonts.set(key, describe(font.isIndirect() ? font.resolve() : font));
    });
    at(resources, 'XObject')?.forEach((xobject) => {
      // Forms can draw text of their own; each is visited once (they may be shared or nest).
      if (!xobject.isIndirect() || seen.has(xobject.asIndirect())) return;
      seen.add(xobject.asIndirect());
      const form = xobject.resolve();
      if (at(form, 'Subtype')?.asName() === 'Form') visit(at(form, 'Resources'));
    });
  };
  try {
    for (let n = 0; n < doc.countPages(); n += 1) {
      const resources = doc.findPage(n).getInheritable('Resources');
      visit(resources.isNull() ? null : resources.isIndirect() ? resources.resolve() : resources);
    }
    return [...fonts.values()];
  } finally {
    doc.destroy();
  }
}
