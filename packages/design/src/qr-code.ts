// A QR code as one vector path, drawn the same on slides and on paper: each run of dark modules in a row
// becomes one rectangle.
import QRCode from 'qrcode';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** SVG path data in module units, with the quiet zone (`quietZone` modules) around the symbol. */
  d: string;
  /** Modules per side including the quiet zone on both sides: the viewBox size. */
  extent: number;
}

/**
 * Four modules of white around the symbol, as the QR standard (ISO/IEC 18004) asks, so a phone finds it on a
 * busy slide or page. One token for both media: the deck used two and the handouts four.
 */
export const quietZone = 4;

export function qrPath(text: string): QrPath {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  let d = '';
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col += 1;
      d += `M${start + quietZone} ${row + quietZone}h${col - start}v1h${start - col}z`;
    }
  }
  return { size, d, extent: size + 2 * quietZone };
}
