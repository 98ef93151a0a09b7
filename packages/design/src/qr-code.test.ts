import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath, quietZone } from './qr-code.ts';

/** Paints the path's rectangles back into a grid of modules. */
function paint(d: string, extent: number): boolean[][] {
  const grid = Array.from({ length: extent }, () => Array<boolean>(extent).fill(false));
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i += 1) (grid[Number(y)] as boolean[])[Number(x) + i] = true;
  }
  return grid;
}

describe('qrPath', () => {
  const url = 'https://learn.microsoft.com/ko-kr/virtualization/windowscontainers/about/containers-vs-vm';

  it('draws exactly the dark modules of the QR code, inside a quiet zone', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const qr = qrPath(url);
    expect(qr.size).toBe(modules.size);
    // The four modules of white on each side that ISO/IEC 18004 asks for, so a phone finds the symbol.
    expect(quietZone).toBe(4);
    expect(qr.extent).toBe(modules.size + 8);
    const grid = paint(qr.d, qr.extent);
    for (let row = 0; row < qr.extent; row += 1) {
      for (let col = 0; col < qr.extent; col += 1) {
        const inSymbol =
          row >= quietZone && col >= quietZone && row < quietZone + qr.size && col < quietZone + qr.size;
        const dark = inSymbol && modules.get(row - quietZone, col - quietZone) === 1;
        expect(grid[row]?.[col], `module ${row},${col}`).toBe(dark);
      }
    }
  });

  it('is read back as the URL by a QR reader (jsQR), from the picture it draws', () => {
    // The longest URL the content rules allow is 2,000 bytes: it still encodes, and still reads back.
    const longest = `https://example.org/${'a/'.repeat(990)}`;
    for (const text of [url, 'https://www.redhat.com/ko/topics/containers/containers-vs-vms', longest]) {
      const qr = qrPath(text);
      const grid = paint(qr.d, qr.extent);
      // Black on white, four pixels a module, as a camera would see it.
      const scale = 4;
      const side = qr.extent * scale;
      const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
      for (let y = 0; y < side; y += 1) {
        for (let x = 0; x < side; x += 1) {
          if (!grid[Math.floor(y / scale)]?.[Math.floor(x / scale)]) continue;
          pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
        }
      }
      expect(jsQR(pixels, side, side)?.data).toBe(text);
    }
  });
});
