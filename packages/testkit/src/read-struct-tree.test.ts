import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { elementsOf, readStructTree, textOf } from './read-struct-tree.ts';

/**
 * A one-page tagged PDF made with mupdf, with one of each thing the reader reports: a pagination artifact,
 * a heading, a paragraph with a Korean span, a figure with alt text, a table with a scoped header cell, a
 * link with its annotation, marked content no element owns, and a rectangle painted outside any marks.
 */
function taggedPdf(): Uint8Array {
  const doc = new mupdf.PDFDocument();
  const font = doc.addSimpleFont(new mupdf.Font('Helvetica'));
  const resources = doc.addObject({ Font: { F1: font } });
  const text = (tag: string, props: string, y: number, str: string, x = 72) =>
    `/${tag} ${props} BDC BT /F1 12 Tf ${x} ${y} Td (${str}) Tj ET EMC`;
  const contents = [
    text('Artifact', '<</Type /Pagination>>', 770, 'Page 1 of 1'),
    text('H1', '<</MCID 0>>', 700, 'A title'),
    text('P', '<</MCID 1>>', 670, 'Written by '),
    text('Span', '<</MCID 2>>', 670, 'Kim', 136),
    '/Figure <</MCID 3>> BDC 72 560 80 80 re f EMC',
    text('TH', '<</MCID 4>>', 520, 'Aspect'),
    text('TD', '<</MCID 5>>', 500, 'Value'),
    text('Link', '<</MCID 6>>', 480, 'example.org'),
    text('P', '<</MCID 7>>', 460, 'Owned by no element'),
    '0 0 10 10 re f',
  ].join('\n');
  doc.insertPage(-1, doc.addPage([0, 0, 612, 792], 0, resources, contents));
  const page = doc.findPage(0);
  page.put('StructParents', 0);
  page.put('Tabs', 'S');
  const annotation = doc.addObject({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [72, 476, 150, 492],
    Contents: '(The example site)',
    A: { S: 'URI', URI: '(https://example.org/)' },
    StructParent: 1,
  });
  page.put('Annots', [annotation]);

  const root = doc.addObject({ Type: 'StructTreeRoot', K: [] });
  const parentTree: mupdf.PDFObject[] = [];
  const element = (parent: mupdf.PDFObject, role: string, kids: (number | mupdf.PDFObject)[], extra = {}) => {
    const made = doc.addObject({ Type: 'StructElem', S: role, P: parent, Pg: page, K: [], ...extra });
    for (const kid of kids) {
      made.get('K').push(kid);
      if (typeof kid === 'number') parentTree[kid] = made;
    }
    parent.get('K').push(made);
    return made;
  };
  const document = element(root, 'Document', []);
  element(document, 'H1', [0]);
  const paragraph = element(document, 'P', [1]);
  element(paragraph, 'Span', [2], { Lang: '(ko)' });
  element(document, 'Figure', [3], { Alt: '(A square)' });
  const row = element(element(document, 'Table', []), 'TR', []);
  element(row, 'TH', [4], { A: { O: 'Table', Scope: 'Column' } });
  element(row, 'TD', [5]);
  const link = element(document, 'Link', [6]);
  link.get('K').push(doc.addObject({ Type: 'OBJR', Obj: annotation, Pg: page }));
  root.put('ParentTree', doc.addObject({ Nums: [0, [...parentTree, null], 1, link] }));
  root.put('ParentTreeNextKey', 2);

  const catalog = doc.getTrailer().get('Root');
  catalog.put('StructTreeRoot', root);
  catalog.put('MarkInfo', { Marked: true });
  catalog.put('Lang', '(en)');
  catalog.put('ViewerPreferences', { DisplayDocTitle: true });
  const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><pdfuaid:part>1</pdfuaid:part></x:xmpmeta>';
  catalog.put('Metadata', doc.addStream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' }));
  const bytes = doc.saveToBuffer('').asUint8Array().slice();
  doc.destroy();
  return bytes;
}

describe('readStructTree, on a tagged PDF made for it', () => {
  const read = () => readStructTree(taggedPdf());

  it('reads the flags a PDF/UA checker asks for', async () => {
    const tree = await read();
    expect(tree).toMatchObject({ marked: true, lang: 'en', displayDocTitle: true, pdfuaPart: 1 });
  });

  it('reads the tree in order, each element with its attributes and the text of its marked content', async () => {
    const { roots } = await read();
    expect(roots.map((r) => r.role)).toEqual(['Document']);
    const [document] = roots;
    if (!document) throw new Error('no Document element');
    expect(elementsOf(document).map((e) => e.role)).toEqual([
      'Document',
      'H1',
      'P',
      'Span',
      'Figure',
      'Table',
      'TR',
      'TH',
      'TD',
      'Link',
    ]);
    expect(textOf(document).replace(/\s+/g, ' ').trim()).toBe(
      'A title Written by Kim Aspect Value example.org',
    );
    expect(elementsOf(document, 'Span').map((s) => [s.lang, textOf(s).trim()])).toEqual([['ko', 'Kim']]);
    expect(elementsOf(document, 'Figure')).toMatchObject([{ alt: 'A square' }]);
    expect(elementsOf(document, 'TH')).toMatchObject([{ scope: 'Column' }]);
    expect(elementsOf(document, 'Link')[0]?.kids).toEqual([
      { kind: 'content', page: 1, mcid: 6, text: '\nexample.org' },
      {
        kind: 'annotation',
        page: 1,
        subtype: 'Link',
        uri: 'https://example.org/',
        contents: 'The example site',
      },
    ]);
  });

  it('finds painting outside marked content, content no element owns, and the artifacts', async () => {
    const [page] = (await read()).pages;
    expect(page).toMatchObject({
      number: 1,
      tabs: 'S',
      unmarked: ['f'],
      drawnMcids: [0, 1, 2, 3, 4, 5, 6, 7],
      orphanMcids: [7],
      artifactText: ['Page 1 of 1'],
    });
  });

  it("hands on pdfjs's own view of the page's tree", async () => {
    const [page] = (await read()).pages;
    expect(page?.viewerTree?.children?.map((c) => c.role)).toEqual(['Document']);
  });
});
