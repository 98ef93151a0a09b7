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
    expect(qr.extent).toBe(modules.size + 2 * quietZone);
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

  it('is the same for the same text', () => {
    expect(qrPath(url)).toEqual(qrPath(url));
  });
});
