// What a slide card of the notes handout shows and how big its type can be. A card is drawn as a 480 × 270
// slide scaled to its width; every line of text on it is broken here, with the font react-pdf uses, so the
// plan knows the card's height exactly and lowers the type until the slide's content fits.
import {
  authorLine,
  categoryLabel,
  citationList,
  type Figure,
  formatDate,
  formatReference,
  type Lecture,
  licenseLabel,
  type Slide,
} from '@vmvc/content';
import type { TextMeasure, Weight } from '@vmvc/design';
import { layoutArchitecture, layoutFlow, sideColors, wrapLines } from '@vmvc/design';
import { stampOf } from '../documents/document-info.ts';
import { measureSlack } from '../text/fonts.ts';

/** The card's own units: a slide 480 wide and 270 high. */
export const slideUnits = { width: 480, height: 270 } as const;
export const cardPadding = { x: 18, top: 14, bottom: 12 } as const;
/** Type sizes in slide units, before fitting. */
export const cardType = { overline: 10.5, title: 22, lead: 13, bullet: 13, grid: 10.5 } as const;
/** The smallest type on a card, in points: the floor for a picture of a slide a student reads on paper. */
export const cardTypeFloor = 7;
/**
 * The narrowest card the notes print, in points (the content width of A4; Letter's is wider): at this width
 * and the smallest fit below, the smallest type on a card (10.5 units) is 7.1 pt. The figures' labels (18 of
 * the deck's 1160 px across the card) scale to just under 7 pt there, so they are set at `cardTypeFloor`.
 */
export const narrowestCard = 487;
/** The title slide's title is set larger, as the deck sets it. */
const titleSlideFactor = 1.45;
export const lineHeight = 1.3;
/**
 * The type sizes tried, largest first; a slide that does not fit the last is an error, never cut off. The
 * last keeps the 7 pt floor on the narrowest card: 10.5 × 0.67 × 487 / 480 = 7.1 pt.
 */
const fits = [1, 0.92, 0.85, 0.78, 0.72, 0.67];

export interface GridCell {
  text: string;
  /** Share of the card's inner width. */
  share: number;
  bold?: boolean;
  color?: string;
  /** Draw this URL as a QR code filling the cell's width, instead of text. */
  qr?: string;
}

interface GridRow {
  key: string;
  cells: GridCell[];
  header?: boolean;
}

export interface CardContent {
  /** The section a content slide belongs to; empty for the slides around the sections. */
  overline: string;
  title: string;
  /** The title slide's lines under the title: subtitle, author, date and content stamp. */
  lead: string[];
  /** Size of the title relative to `cardType.title`. */
  titleFactor: number;
  bullets: string[];
  /** The agenda's bullets are its sections, numbered as the deck numbers them; other bullets have a dot. */
  numbered: boolean;
  /** A table-like exhibit: comparison, products, use cases, profiles, key differences, terms, references. */
  grid: GridRow[] | null;
  figure: Figure | null;
}

const half = (vm: string[], container: string[]): GridRow[] =>
  Array.from({ length: Math.max(vm.length, container.length) }, (_, i) => ({
    key: `row-${i}`,
    cells: [
      { text: vm[i] ?? '', share: 0.5 },
      { text: container[i] ?? '', share: 0.5 },
    ],
  }));

function exhibitGrid(slide: Slide, lecture: Lecture): GridRow[] | null {
  const { comparison, profiles } = lecture;
  const sidesHeader = (): GridRow => ({
    key: 'header',
    header: true,
    cells: [
      { text: profiles.vm.title, share: 0.5, bold: true, color: sideColors.vm },
      { text: profiles.container.title, share: 0.5, bold: true, color: sideColors.container },
    ],
  });
  switch (slide.exhibit?.type) {
    case 'comparison':
      return [
        {
          key: 'header',
          header: true,
          cells: [
            { text: comparison.columns.aspect, share: 0.24, bold: true },
            { text: comparison.columns.vm, share: 0.38, bold: true, color: sideColors.vm },
            { text: comparison.columns.container, share: 0.38, bold: true, color: sideColors.container },
          ],
        },
        ...comparison.rows.map((row) => ({
          key: row.id,
          cells: [
            { text: row.aspect, share: 0.24, bold: true },
            { text: row.vm, share: 0.38 },
            { text: row.container, share: 0.38 },
          ],
        })),
      ];
    case 'products':
      return [
        {
          key: 'header',
          header: true,
          cells: [
            { text: 'Name', share: 0.38, bold: true },
            { text: 'Category', share: 0.34, bold: true },
            { text: 'Licence', share: 0.28, bold: true },
          ],
        },
        ...slide.products.map((p) => ({
          key: p.id,
          cells: [
            { text: p.name, share: 0.38, bold: true },
            { text: categoryLabel(p.category), share: 0.34 },
            { text: licenseLabel(p.license), share: 0.28 },
          ],
        })),
      ];
    case 'use-cases':
      return [
        sidesHeader(),
        ...half(
          profiles.vm.useCases.map((u) => u.label),
          profiles.container.useCases.map((u) => u.label),
        ),
      ];
    case 'profiles':
      return [sidesHeader(), ...half(profiles.vm.points, profiles.container.points)];
    case 'key-differences':
      return lecture.keyDifferences.map((d) => ({
        key: d.id,
        cells: [
          { text: d.aspect, share: 0.3, bold: true },
          { text: d.text, share: 0.7 },
        ],
      }));
    default:
      break;
  }
  if (slide.kind === 'glossary') {
    return slide.terms.map((t) => ({
      key: t.id,
      cells: [
        { text: t.term, share: 0.3, bold: true },
        { text: t.definition, share: 0.7 },
      ],
    }));
  }
  if (slide.kind === 'references') {
    return slide.references.map((r) => ({
      key: r.id,
      cells: [
        { text: citationList([r], lecture), share: 0.07, bold: true },
        { text: formatReference(r), share: 0.8 },
        { text: '', share: 0.13, qr: r.URL },
      ],
    }));
  }
  return null;
}

/** What the card of one slide shows, all of it from the slide and the lecture. */
export function cardContent(slide: Slide, lecture: Lecture): CardContent {
  const paged = slide.page && slide.page.count > 1 ? ` (${slide.page.index}/${slide.page.count})` : '';
  return {
    overline: slide.section?.title ?? '',
    title: `${slide.title}${paged}`,
    titleFactor: slide.kind === 'title' ? titleSlideFactor : 1,
    lead:
      slide.kind === 'title'
        ? [
            slide.subtitle ?? '',
            authorLine(lecture.meta.authors),
            `${formatDate(lecture.meta.date, 'long')} · content ${stampOf(lecture)}`,
          ].filter((line) => line !== '')
        : [],
    bullets: slide.bullets,
    numbered: slide.kind === 'agenda',
    grid: exhibitGrid(slide, lecture),
    figure: slide.figure,
  };
}

interface PlannedGridRow extends GridRow {
  /** Each cell's lines, broken to its width at the planned type size. */
  lines: string[][];
  height: number;
}

export interface CardPlan {
  content: CardContent;
  /** The type size factor the content fits at (1 = the sizes of `cardType`). */
  fit: number;
  titleLines: string[];
  leadLines: string[][];
  bulletLines: string[][];
  /** Where a bullet's text starts, in slide units at fit 1: room for its dot, or for the widest number. */
  bulletIndent: number;
  grid: PlannedGridRow[] | null;
  /** The figure's size in slide units. */
  figureSize: { width: number; height: number } | null;
  /** Whether the content fits the card even at the smallest type. */
  fits: boolean;
}

export const innerWidth = slideUnits.width - 2 * cardPadding.x;
const innerHeight = slideUnits.height - cardPadding.top - cardPadding.bottom;
export const bulletIndent = 12;
export const gridPadding = { x: 4, y: 2.5 } as const;
/** Room for the rule under each row of a grid, in slide units (a hairline at any card size). */
const gridRule = 1;

/** The side of a QR code cell, in slide units: the cell's width inside its padding. */
export function qrSize(cell: GridCell, fit: number): number {
  return cell.share * innerWidth - 2 * gridPadding.x * fit;
}

/** The marker of bullet `index`: its number on the agenda, else a dot. */
export function bulletMarker(content: CardContent, index: number): string {
  return content.numbered ? `${index + 1}.` : '•';
}

/** Lays out the card's content at the largest type size that fits, in slide units. */
export function planCard(content: CardContent, measure: TextMeasure): CardPlan {
  const lines = (text: string, width: number, size: number, weight: Weight = 'regular') =>
    wrapLines(text, width, (t) => measure(t, size, weight) * measureSlack);
  // Numbers take the room of the widest and a space, if that is wider than a dot's (it scales with the type).
  const indent = content.numbered
    ? Math.max(
        bulletIndent,
        ...content.bullets.map(
          (_, i) => measure(`${bulletMarker(content, i)} `, cardType.bullet) * measureSlack,
        ),
      )
    : bulletIndent;
  let plan: CardPlan | null = null;
  for (const fit of fits) {
    const size = (n: number) => n * fit;
    let used = content.overline ? size(cardType.overline) * lineHeight + size(4) : 0;
    const titleSize = size(cardType.title * content.titleFactor);
    const titleLines = lines(content.title, innerWidth, titleSize, 'bold');
    used += titleLines.length * titleSize * 1.2 + size(6);
    const leadLines = content.lead.map((l) => lines(l, innerWidth, size(cardType.lead)));
    used += leadLines.flat().length * size(cardType.lead) * lineHeight + content.lead.length * size(4);
    const bulletLines = content.bullets.map((b) =>
      lines(b, innerWidth - size(indent), size(cardType.bullet)),
    );
    used += bulletLines.flat().length * size(cardType.bullet) * lineHeight + bulletLines.length * size(3);
    let grid: PlannedGridRow[] | null = null;
    if (content.grid) {
      if (content.bullets.length > 0) used += size(4);
      grid = content.grid.map((row) => {
        const cellLines = row.cells.map((cell) =>
          cell.qr
            ? []
            : lines(
                cell.text,
                cell.share * innerWidth - 2 * size(gridPadding.x),
                size(cardType.grid),
                cell.bold ? 'bold' : 'regular',
              ),
        );
        const qrSide = Math.max(0, ...row.cells.map((cell) => (cell.qr ? qrSize(cell, fit) : 0)));
        const height =
          Math.max(
            Math.max(1, ...cellLines.map((l) => l.length)) * size(cardType.grid) * lineHeight,
            qrSide,
          ) +
          2 * size(gridPadding.y) +
          gridRule;
        return { ...row, lines: cellLines, height };
      });
      used += grid.reduce((sum, row) => sum + row.height, 0);
    }
    let figureSize: CardPlan['figureSize'] = null;
    if (content.figure) {
      const layout =
        content.figure.kind === 'flow' ? layoutFlow(content.figure) : layoutArchitecture(content.figure);
      // Always across the card's width: smaller, its labels would drop under the 7 pt floor. A slide that has
      // no room for it takes smaller type for its text instead.
      const height = (innerWidth * layout.height) / layout.width;
      figureSize = { width: (height * layout.width) / layout.height, height };
      used += height + size(4);
    }
    plan = {
      content,
      fit,
      titleLines,
      leadLines,
      bulletLines,
      bulletIndent: indent,
      grid,
      figureSize,
      fits: used <= innerHeight,
    };
    if (plan.fits) return plan;
  }
  return plan as CardPlan;
}
