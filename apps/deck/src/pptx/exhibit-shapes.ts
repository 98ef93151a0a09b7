// What a slide shows besides its bullets, as native PowerPoint objects a colleague can edit: the comparison
// as a table with header cells, products as cards (shapes with text), each side's column, the key
// differences, the terms box, and the glossary and reference pages. Words come from @vmvc/content.
import {
  categoryLabel,
  citationList,
  formatReference,
  type KeyDifference,
  type Lecture,
  licenseLabel,
  type Product,
  type Profile,
  type Reference,
  type Side,
  type Term,
} from '@vmvc/content';
import { colors, fontFamily, sideColors, sideTints } from '@vmvc/design';
import type PptxGenJS from 'pptxgenjs';
import type { Box } from './figure-shapes.ts';
import { hex, type } from './slide-master.ts';
import { paragraphs, runs } from './text-runs.ts';

const sides: Side[] = ['vm', 'container'];

export function comparisonTable(slide: PptxGenJS.Slide, lecture: Lecture, box: Box): void {
  const { columns, rows } = lecture.comparison;
  const cell = (text: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: runs(text),
    options: {
      fontFace: fontFamily,
      fontSize: type.detail,
      color: hex(colors.ink),
      valign: 'middle',
      ...options,
    },
  });
  const header = (text: string, fill: string) =>
    cell(text, { bold: true, color: 'FFFFFF', fill: { color: hex(fill) } });
  slide.addTable(
    [
      [
        header(columns.aspect, colors.ink),
        header(columns.vm, sideColors.vm),
        header(columns.container, sideColors.container),
      ],
      ...rows.map((row) => [
        cell(row.aspect, { bold: true, fill: { color: hex(colors.shade) } }),
        cell(row.vm),
        cell(row.container),
      ]),
    ],
    {
      x: box.x,
      y: box.y,
      w: box.w,
      colW: [box.w * 0.24, box.w * 0.38, box.w * 0.38],
      rowH: Math.min(0.55, box.h / (rows.length + 1)),
      border: { type: 'solid', pt: 0.75, color: hex(colors.rule) },
      margin: 0.06,
    },
  );
}

/** Cards in a grid: two columns for four or fewer products. */
export function productCards(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  products: readonly Product[],
  box: Box,
): void {
  const columns = products.length > 4 ? 3 : 2;
  const rowsCount = Math.ceil(products.length / columns);
  const gap = 0.2;
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = Math.min(2.1, (box.h - gap * (rowsCount - 1)) / rowsCount);
  for (const [i, product] of products.entries()) {
    slide.addText(
      paragraphs([
        { text: product.name, options: { bold: true, fontSize: type.body, color: hex(colors.ink) } },
        {
          text: categoryLabel(product.category),
          options: { bold: true, fontSize: type.source, color: hex(sideColors[product.kind]) },
        },
        { text: product.description, options: { fontSize: type.small, color: hex(colors.ink) } },
        {
          text: `${product.vendor} · ${licenseLabel(product.license)}`,
          options: { fontSize: type.source - 1, color: hex(colors.muted) },
        },
      ]),
      {
        shape: pptx.ShapeType.rect,
        x: box.x + (i % columns) * (w + gap),
        y: box.y + Math.floor(i / columns) * (h + gap),
        w,
        h,
        fill: { color: hex(colors.shade) },
        line: { color: hex(sideColors[product.kind]), width: 0.75 },
        valign: 'top',
        margin: 0.1,
        objectName: `product:${product.id}`,
      },
    );
  }
}

/** VM beside container: each side's title in its colour over a list. */
export function sideColumns(
  slide: PptxGenJS.Slide,
  lecture: Lecture,
  box: Box,
  items: (profile: Profile) => readonly string[],
): void {
  const gap = 0.3;
  const w = (box.w - gap) / 2;
  for (const [i, side] of sides.entries()) {
    const profile = lecture.profiles[side];
    slide.addText(
      paragraphs([
        {
          text: profile.title,
          options: { bold: true, fontSize: type.body, color: hex(sideColors[side]), paraSpaceAfter: 4 },
        },
        ...items(profile).map((item) => ({
          text: item,
          options: { bullet: true, fontSize: type.detail, color: hex(colors.ink) },
        })),
      ]),
      {
        x: box.x + i * (w + gap),
        y: box.y,
        w,
        h: box.h,
        valign: 'top',
        margin: 0,
        fill: { color: hex(sideTints[side]) },
      },
    );
  }
}

export function keyDifferences(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  items: readonly KeyDifference[],
  box: Box,
): void {
  const gap = 0.2;
  const w = (box.w - gap) / 2;
  const rowsCount = Math.ceil(items.length / 2);
  const h = Math.min(1.6, (box.h - gap * (rowsCount - 1)) / rowsCount);
  for (const [i, item] of items.entries()) {
    slide.addText(
      paragraphs([
        { text: item.aspect, options: { bold: true, fontSize: type.body, color: hex(colors.ink) } },
        { text: item.text, options: { fontSize: type.detail, color: hex(colors.ink) } },
      ]),
      {
        shape: pptx.ShapeType.rect,
        x: box.x + (i % 2) * (w + gap),
        y: box.y + Math.floor(i / 2) * (h + gap),
        w,
        h,
        fill: { color: hex(colors.shade) },
        line: { color: hex(colors.rule), width: 0.75 },
        valign: 'top',
        margin: 0.1,
      },
    );
  }
}

/** Terms with their definitions, the term in bold: a slide's terms box or a glossary page's column. */
export function termParagraphs(terms: readonly Term[], size: number): PptxGenJS.TextProps[] {
  return terms.flatMap((term, i) => {
    const body = runs(`${term.term}: `, { bold: true, fontSize: size, color: hex(colors.link) }).concat(
      runs(term.definition, { fontSize: size, color: hex(colors.ink) }),
    );
    const last = body.at(-1);
    if (last && i < terms.length - 1) last.options = { ...last.options, breakLine: true, paraSpaceAfter: 6 };
    return body;
  });
}

/** One reference: its number and title as published, the translation, the IEEE line with the URL linked. */
export function referenceParagraphs(
  references: readonly Reference[],
  lecture: Lecture,
): PptxGenJS.TextProps[] {
  return references.flatMap((reference, i) => {
    const translated = reference['translated-title'];
    const line = formatReference(reference);
    const urlAt = line.indexOf(reference.URL);
    const title = [
      ...runs(`${citationList([reference], lecture)} `, {
        bold: true,
        fontSize: type.detail,
        color: hex(colors.muted),
      }),
      ...runs(reference.title, { bold: true, fontSize: type.detail, color: hex(colors.ink) }),
    ];
    const out: PptxGenJS.TextProps[] = [...title];
    const end = (parts: PptxGenJS.TextProps[]) => {
      const last = parts.at(-1);
      if (last) last.options = { ...last.options, breakLine: true };
    };
    end(out);
    if (translated) {
      const t = runs(translated, { italic: true, fontSize: type.source, color: hex(colors.muted) });
      end(t);
      out.push(...t);
    }
    const ieee =
      urlAt >= 0
        ? [
            ...runs(line.slice(0, urlAt), { fontSize: type.source - 2, color: hex(colors.ink) }),
            ...runs(reference.URL, {
              fontSize: type.source - 2,
              color: hex(colors.link),
              hyperlink: { url: reference.URL },
            }),
            ...runs(line.slice(urlAt + reference.URL.length), {
              fontSize: type.source - 2,
              color: hex(colors.ink),
            }),
          ]
        : runs(line, { fontSize: type.source - 2, color: hex(colors.ink) });
    const last = ieee.at(-1);
    if (last && i < references.length - 1)
      last.options = { ...last.options, breakLine: true, paraSpaceAfter: 10 };
    out.push(...ieee);
    return out;
  });
}
