// A one-page PDF made with mupdf for the testkit's own tests: "Hello, testkit" in 24 pt Helvetica at (72, 700).
import * as mupdf from 'mupdf';

export const fixtureText = { str: 'Hello, testkit', x: 72, y: 700, size: 24 } as const;

export function fixturePdf(): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'));
  const resources = doc.addObject({ Font: { F1: font } });
  const { str, x, y, size } = fixtureText;
  const contents = `BT /F1 ${size} Tf ${x} ${y} Td (${str}) Tj ET`;
  doc.insertPage(-1, doc.addPage([0, 0, 612, 792], 0, resources, contents));
  const bytes = doc.saveToBuffer('').asUint8Array().slice();
  doc.destroy();
  return bytes;
}
