// A PDF page as a person sees it, drawn with mupdf (WASM from npm): a PNG to look at, where a run of text is
// drawn, and the share of ink in a box, to prove that text which extracts correctly is also drawn (a broken
// font can draw nothing).
import * as mupdf from 'mupdf';

export interface RenderedPage {
  /** Size in pixels. */
  width: number;
  height: number;
  png: Uint8Array;
  /**
   * The share of dark pixels (below half grey) in a box given in PDF points, its `y` measured from the
   * bottom of the page as pdf.js reports a text baseline, `height` reaching up from there.
   */
  inkShare(box: TextBox): number;
  /**
   * Where the first run of `text` is drawn on the page, from the glyphs mupdf placed (not from the text a
   * parser extracts): its left edge, baseline (from the bottom), width and type size; null if not drawn.
   */
  textBox(text: string): TextBox | null;
}

/** A box in PDF points: `y` is a baseline measured from the bottom of the page, `height` reaches up from it. */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Page `pageNumber` (1-based) at `dpi`, on white. */
export function renderPdfPage(bytes: Uint8Array, pageNumber: number, dpi = 96): RenderedPage {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  try {
    if (pageNumber < 1 || pageNumber > doc.countPages()) {
      throw new RangeError(`page ${pageNumber} of a PDF with ${doc.countPages()} page(s)`);
    }
    const page = doc.loadPage(pageNumber - 1);
    const [, , , pageTop] = page.getBounds();
    const scale = dpi / 72;
    const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false);
    const width = pixmap.getWidth();
    const height = pixmap.getHeight();
    const stride = pixmap.getStride();
    const pixels = pixmap.getPixels().slice();
    const png = pixmap.asPNG().slice();
    pixmap.destroy();
    // Every glyph in drawing order with its baseline origin and box, in mupdf's top-down page space.
    const glyphs: { c: string; baseline: number; left: number; right: number; size: number }[] = [];
    const text = page.toStructuredText('preserve-whitespace');
    text.walk({
      onChar(c, origin, _font, size, quad) {
        const xs = [quad[0], quad[2], quad[4], quad[6]];
        glyphs.push({ c, baseline: origin[1], left: Math.min(...xs), right: Math.max(...xs), size });
      },
    });
    text.destroy();
    page.destroy();

    return {
      width,
      height,
      png,
      inkShare(box) {
        const left = Math.max(0, Math.floor(box.x * scale));
        const right = Math.min(width, Math.ceil((box.x + box.width) * scale));
        const top = Math.max(0, Math.floor((pageTop - box.y - box.height) * scale));
        const bottom = Math.min(height, Math.ceil((pageTop - box.y) * scale));
        let dark = 0;
        let all = 0;
        for (let row = top; row < bottom; row += 1) {
          for (let col = left; col < right; col += 1) {
            const i = row * stride + col * 3;
            const grey =
              0.299 * (pixels[i] ?? 255) + 0.587 * (pixels[i + 1] ?? 255) + 0.114 * (pixels[i + 2] ?? 255);
            all += 1;
            if (grey < 128) dark += 1;
          }
        }
        return all === 0 ? 0 : dark / all;
      },
      textBox(wanted) {
        const chars = [...wanted];
        const at = glyphs.findIndex(
          (_, i) => chars.length > 0 && chars.every((c, j) => glyphs[i + j]?.c === c),
        );
        if (at < 0) return null;
        const run = glyphs.slice(at, at + chars.length);
        const first = run[0] as (typeof run)[number];
        const left = Math.min(...run.map((g) => g.left));
        return {
          x: left,
          y: pageTop - first.baseline,
          width: Math.max(...run.map((g) => g.right)) - left,
          height: first.size,
        };
      },
    };
  } finally {
    doc.destroy();
  }
}
