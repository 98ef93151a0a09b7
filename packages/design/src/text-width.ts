// How wide a line of text is in Noto Sans KR: the glyph advances the figures' labels and the Marp export's
// slides are broken into lines with, so no text runs out of its box or past the slide's edge.

/*
 * Advance widths in thousandths of an em, measured in Chromium (canvas measureText at 1000 px) from the
 * woff2 files of @fontsource-variable/noto-sans-kr 5.3.1, at weight 400 (body text) and 600 (headings,
 * bold text and table headers in Marp's default theme). Each list runs U+0020-U+007E, U+00A0-U+00FF,
 * U+2010-U+2027; 2000 stands where no file of the font has the glyph (U+2011, U+2012, ...: a font of the
 * machine draws it). packages/formats' marp-cli.test.ts measures them again in the deck marp-cli makes.
 */
const regular = `
  224 323 474 555 555 921 680 278 338 338 467 555 278 347 278 392 555 555 555 555 555 555 555 555 555
  555 278 278 555 555 555 474 946 608 657 638 688 589 552 689 728 293 535 646 543 812 723 742 633 742
  635 596 599 721 575 878 573 531 603 338 392 338 555 559 606 563 618 510 620 554 325 564 607 275 275
  552 284 926 610 606 620 620 388 468 377 607 521 802 498 521 475 338 270 338 555 224 323 555 555 555
  555 270 1000 606 832 386 479 555 0 473 606 370 1000 411 411 606 628 1000 561 606 411 407 479 873 903
  889 474 608 608 608 608 608 608 918 638 589 589 589 589 293 293 293 293 712 723 742 742 742 742 742
  1000 742 721 721 721 721 531 652 643 563 563 563 563 563 563 877 510 554 554 554 554 275 275 275 275
  608 610 606 606 606 606 606 1000 606 607 607 607 607 521 620 521 1000 2000 2000 536 894 1000 1000
  2000 278 278 278 2000 474 474 474 2000 1000 1000 340 2000 2000 1000 1000 2000
`;

const semibold = `
  226 357 546 580 580 951 723 311 367 367 495 580 311 364 311 389 580 580 580 580 580 580 580 580 580
  580 311 311 580 580 580 503 990 632 674 651 707 608 576 709 749 319 559 675 568 842 742 762 658 762
  669 616 618 740 606 904 611 566 610 367 389 367 580 565 620 583 637 522 637 573 359 588 631 296 297
  589 306 953 632 620 637 637 423 487 408 629 560 846 544 559 501 367 289 367 580 226 357 580 580 580
  580 289 1000 620 844 398 515 580 0 501 620 394 1000 420 420 620 654 1000 583 620 420 416 515 899 935
  912 503 632 632 632 632 632 632 942 651 608 608 608 608 319 319 319 319 733 742 762 762 762 762 762
  1000 762 740 740 740 740 566 679 684 583 583 583 583 583 583 887 522 573 573 573 573 296 296 296 296
  624 632 620 620 620 620 620 1000 620 629 629 629 629 559 637 559 1000 2000 2000 542 904 1000 1000
  2000 311 311 311 2000 546 546 546 2000 1000 1000 367 2000 2000 1000 1000 2000
`;

/** A character the font lacks is drawn by whatever font the machine has; none seen is wider than 2 em. */
const unknownAdvance = 2000;

/** The code points the lists above hold, in order. */
const tabulated = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
] as const;

function advances(list: string): Map<number, number> {
  const widths = list.trim().split(/\s+/).map(Number);
  const codePoints = tabulated.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i),
  );
  return new Map(codePoints.map((cp, i) => [cp, widths[i] ?? unknownAdvance]));
}

const regularAdvances = advances(regular);
const semiboldAdvances = advances(semibold);

/**
 * Outside the lists: the widest glyph the font has in each Unicode block, at either weight (measured as
 * above), so a line is never taken for shorter than it is. Hangul syllables are all 920.
 */
const blockMaxima: readonly (readonly [number, number, number])[] = [
  [0x0100, 0x024f, 1555],
  [0x0300, 0x036f, 600],
  [0x0370, 0x03ff, 1093],
  [0x0400, 0x052f, 1405],
  [0x1e00, 0x1eff, 1103],
  [0x2028, 0x205e, 1887],
  [0x2100, 0x27ff, 1483],
  [0x3000, 0x303f, 1473],
  [0x3130, 0x318f, 920],
  [0x4e00, 0x9fff, 1000],
  [0xac00, 0xd7a3, 920],
  [0xf900, 0xfaff, 1000],
  [0xff00, 0xffef, 1000],
];

function advance(cp: number, bold: boolean): number {
  const tabled = (bold ? semiboldAdvances : regularAdvances).get(cp);
  if (tabled !== undefined) return tabled;
  for (const [from, to, width] of blockMaxima) if (cp >= from && cp <= to) return width;
  return unknownAdvance;
}

/**
 * The width of `text` in px at `size` px, regular or bold (semibold, as the theme sets bold). Chromium on
 * Linux (marp-cli's HTML and PDF there) rounds each glyph's advance to whole pixels, 6.5 px to 7; on macOS
 * and Windows it keeps the fraction. Each glyph counts as the larger of the two.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let width = 0;
  for (const ch of text) {
    const exact = (advance(ch.codePointAt(0) ?? 0, bold) * size) / 1000;
    width += Math.max(exact, Math.round(exact));
  }
  return width;
}
