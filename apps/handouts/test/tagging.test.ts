// The tagging that patches/@react-pdf+render+4.7.0.patch adds to react-pdf, on small documents made to
// test each rule: a node's `tag` makes it a structure element, what it draws is its content, anything
// else is an artifact, a node split across pages stays one element, Hangul is a Korean span, a link joins
// a Link element. An untagged document is left as react-pdf writes it.
import { Document, Link, Page, Rect, renderToBuffer, Svg, Text, View } from '@react-pdf/renderer';
import { fontFamily } from '@vmvc/design';
import { elementsOf, readStructTree, type StructElement, squeeze, textOf } from '@vmvc/testkit';
import { type ComponentProps, createElement as h, type ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../src/text/fonts.ts';

beforeAll(async () => {
  await loadFonts();
});

const sentence = 'Every sentence of this paragraph is as long as the one before it. ';
const pageStyle = { padding: 40, fontFamily, fontSize: 10 };

async function render(children: ReactNode, tagged = true) {
  const document = h(
    Document,
    { language: 'en', creationDate: new Date(0), ...(tagged ? { tagged: true } : {}) },
    h(Page, { size: 'A6', style: pageStyle }, children),
  );
  const bytes = await renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
  return { bytes, tree: await readStructTree(bytes) };
}

/** The Document element's kids as `role: text`, whitespace removed. */
const outline = (elements: StructElement[]) => elements.map((e) => `${e.role}: ${squeeze(textOf(e))}`);
const documentOf = (tree: { roots: StructElement[] }) => tree.roots[0] as StructElement;
const pagesOf = (element: StructElement) => [
  ...new Set(element.kids.filter((k) => k.kind === 'content').map((k) => k.page)),
];

describe('tagging with react-pdf', () => {
  it('makes a tagged node an element under one Document, in the order the nodes are drawn', async () => {
    const { tree } = await render([
      h(Text, { key: 1, tag: 'H1' }, 'A heading'),
      h(View, { key: 2, tag: 'P' }, h(Text, null, 'First line, '), h(Text, null, 'second line.')),
      h(Text, { key: 3, tag: { role: 'P', lang: 'fr' } }, 'Une phrase.'),
    ]);
    expect(tree).toMatchObject({ marked: true, lang: 'en', displayDocTitle: true, pdfuaPart: null });
    expect(tree.roots.map((r) => r.role)).toEqual(['Document']);
    const kids = elementsOf(documentOf(tree)).slice(1);
    expect(outline(kids)).toEqual(['H1: Aheading', 'P: Firstline,secondline.', 'P: Unephrase.']);
    expect(kids[2]?.lang).toBe('fr');
    expect(tree.pages[0]).toMatchObject({ unmarked: [], orphanMcids: [] });
  });

  it('keeps a paragraph and a list split across pages one element each', async () => {
    const { tree } = await render([
      h(Text, { key: 1, tag: 'P' }, sentence.repeat(40)),
      h(
        View,
        { key: 2, tag: { role: 'L' } },
        Array.from({ length: 30 }, (_, i) => h(Text, { key: i, tag: 'LI' }, `Item ${i + 1}`)),
      ),
    ]);
    expect(tree.pages.length).toBeGreaterThan(2);
    const [paragraph, list] = documentOf(tree).kids as StructElement[];
    expect(paragraph?.role).toBe('P');
    expect(pagesOf(paragraph as StructElement).length).toBeGreaterThan(1);
    expect(squeeze(textOf(paragraph as StructElement))).toBe(squeeze(sentence.repeat(40)));
    expect(list?.role).toBe('L');
    const items = elementsOf(list as StructElement, 'LI');
    expect(items.map((i) => squeeze(textOf(i)))).toEqual(
      Array.from({ length: 30 }, (_, i) => `Item${i + 1}`),
    );
    expect(new Set(items.flatMap(pagesOf)).size).toBeGreaterThan(1);
    expect(documentOf(tree).kids).toHaveLength(2);
  });

  it('marks what no element owns, backgrounds, borders, fixed nodes and Artifact subtrees as artifacts', async () => {
    const { tree } = await render([
      h(Text, { key: 1, fixed: true, tag: 'P' }, 'Running header'),
      h(Text, { key: 2 }, 'Loose text'),
      h(
        View,
        { key: 3, tag: 'P', style: { backgroundColor: '#eeeeee', borderWidth: 1 } },
        h(Text, null, 'Boxed text'),
      ),
      h(View, { key: 4, tag: 'Artifact' }, h(Text, { tag: 'H1' }, 'Decoration')),
    ]);
    expect(outline(documentOf(tree).kids as StructElement[])).toEqual(['P: Boxedtext']);
    expect(tree.pages[0]?.artifactText).toEqual(['Running header', 'Loose text', 'Decoration']);
    expect(tree.pages[0]?.unmarked).toEqual([]);
  });

  it('gives graphics to a Figure with its alt text, and makes them artifacts elsewhere', async () => {
    const square = (key: number, tag?: ComponentProps<typeof Svg>['tag']) =>
      h(
        Svg,
        { key, width: 20, height: 20, ...(tag ? { tag } : {}) },
        h(Rect, { width: 20, height: 20, fill: '#000' }),
      );
    const { tree } = await render([
      h(View, { key: 1, tag: 'P' }, h(Text, null, 'A square:'), square(2)),
      square(3, { role: 'Figure', alt: 'A black square' }),
    ]);
    const [paragraph, figure] = documentOf(tree).kids as StructElement[];
    expect(paragraph?.kids).toHaveLength(1);
    expect(figure).toMatchObject({ role: 'Figure', alt: 'A black square' });
    expect(figure?.kids).toEqual([expect.objectContaining({ kind: 'content', page: 1 })]);
    expect(tree.pages[0]?.unmarked).toEqual([]);
  });

  it('puts a link into a Link element, its annotation described by `contents`, else by its URL', async () => {
    const { tree } = await render([
      h(Link, { key: 1, src: 'https://example.org/a' }, h(Text, null, 'Plain link')),
      h(
        Link,
        { key: 2, src: 'https://example.org/b', tag: { role: 'Link', contents: 'Page B' } },
        h(Text, null, 'B'),
      ),
    ]);
    const links = elementsOf(documentOf(tree), 'Link');
    expect(links.map((l) => l.kids.find((k) => k.kind === 'annotation'))).toEqual([
      {
        kind: 'annotation',
        page: 1,
        subtype: 'Link',
        uri: 'https://example.org/a',
        contents: 'https://example.org/a',
      },
      { kind: 'annotation', page: 1, subtype: 'Link', uri: 'https://example.org/b', contents: 'Page B' },
    ]);
    expect(tree.pages[0]?.tabs).toBe('S');
  });

  it('sets a run of Hangul as a Korean span, unless its element is Korean already', async () => {
    const { tree } = await render([
      h(Text, { key: 1, tag: 'P' }, 'Junghyun Kim (김정현) wrote it'),
      h(Text, { key: 2, tag: { role: 'P', lang: 'ko' } }, '김정현'),
    ]);
    const [english, korean] = documentOf(tree).kids as StructElement[];
    expect(elementsOf(english as StructElement, 'Span').map((s) => [s.lang, squeeze(textOf(s))])).toEqual([
      ['ko', '김정현)'],
    ]);
    expect(squeeze(textOf(english as StructElement))).toBe('JunghyunKim(김정현)wroteit');
    expect(elementsOf(korean as StructElement, 'Span')).toEqual([]);
  });

  it('leaves a document without `tagged` untagged, as react-pdf writes it', async () => {
    const { bytes, tree } = await render(h(Text, { tag: 'P' }, 'Plain'), false);
    expect(tree).toMatchObject({ marked: false, roots: [] });
    expect(Buffer.from(bytes).toString('latin1')).not.toMatch(/BDC|StructTreeRoot|MarkInfo/);
  });
});
