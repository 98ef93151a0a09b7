// Whether the kit's font has a glyph for a code point, from the generated table in font-coverage.ts.
import { codePointRanges } from './font-coverage.ts';

let starts: Uint32Array | undefined;
let ends: Uint32Array | undefined;

/** The table as sorted range bounds, decoded on first use: modules that never ask pay nothing. */
function decode(): [Uint32Array, Uint32Array] {
  if (starts && ends) return [starts, ends];
  const entries = codePointRanges.split(',');
  starts = new Uint32Array(entries.length);
  ends = new Uint32Array(entries.length);
  let previous = 0;
  entries.forEach((entry, i) => {
    const [gap = '', more = '0'] = entry.split('+');
    const first = previous + Number.parseInt(gap, 36);
    previous = first + Number.parseInt(more, 36);
    (starts as Uint32Array)[i] = first;
    (ends as Uint32Array)[i] = previous;
  });
  return [starts, ends];
}

/** True when the font maps `point` to a glyph (a binary search over about 4,700 ranges). */
export function fontDraws(point: number): boolean {
  const [first, last] = decode();
  let low = 0;
  let high = first.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (point < (first[mid] as number)) high = mid - 1;
    else if (point > (last[mid] as number)) low = mid + 1;
    else return true;
  }
  return false;
}
