// The reveal.js settings the deck runs with, shared by the browser code and the build (which needs the
// print view's page size to allow the stylesheet reveal.js injects under the page's CSP).

/** The slide canvas: 16:9, scaled by reveal.js to fit the screen. */
export const slideSize = { width: 1280, height: 720 } as const;

/** Space around the slide on screen, as a fraction of the window. Pages of the print view have none. */
export const screenMargin = 0.04;
export const printMargin = 0;

/** reveal.js's own test for its print view (`?print-pdf`, or `?view=print`). */
export function isPrintView(search: string): boolean {
  return /print-pdf/i.test(search) || /(?:^|[?&])view=print(?:&|$)/.test(search);
}

/**
 * The two stylesheets reveal.js 6 (js/controllers/printview.js) injects for the print view, byte for byte:
 * the page size and a cap on media sizes. The build hashes them into the CSP.
 */
export function printViewStyleSheets(): string[] {
  const pageWidth = Math.floor(slideSize.width * (1 + printMargin));
  const pageHeight = Math.floor(slideSize.height * (1 + printMargin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${slideSize.width}px; max-height:${slideSize.height}px}`,
  ];
}
