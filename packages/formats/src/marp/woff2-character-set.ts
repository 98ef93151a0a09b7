// The characters a WOFF2 font file has glyphs for, read from its cmap table. A slice of a web font can claim
// a wider unicode-range than it draws (Noto Sans KR's `latin` slice claims U+2010 and has no glyph for it);
// the browser then draws that character with another font, so the deck must know what each file really has.

/** The first entries of WOFF2's table of known tags (§5.1): only these three matter here. */
const cmapIndex = 0;
const glyfIndex = 10;
const locaIndex = 11;
const arbitraryTag = 63;

/** Big-endian numbers from a byte array, at a position that moves on as they are read. */
class Reader {
  private readonly view: DataView;
  at: number;
  constructor(bytes: Uint8Array, at = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.at = at;
  }
  u8() {
    const value = this.view.getUint8(this.at);
    this.at += 1;
    return value;
  }
  u16(at = this.at) {
    this.at = at + 2;
    return this.view.getUint16(at);
  }
  u32(at = this.at) {
    this.at = at + 4;
    return this.view.getUint32(at);
  }
  /** WOFF2's UIntBase128: seven bits a byte, high bit set on all but the last. */
  base128() {
    let value = 0;
    for (let i = 0; i < 5; i += 1) {
      const byte = this.u8();
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('WOFF2: UIntBase128 longer than 5 bytes');
  }
}

/** The cmap table of a WOFF2 file, out of its Brotli stream (`decompress`: Node's `brotliDecompressSync`). */
function cmapTable(woff2: Uint8Array, decompress: (data: Uint8Array) => Uint8Array): Uint8Array {
  const header = new Reader(woff2);
  if (header.u32(0) !== 0x774f4632) throw new Error('not a WOFF2 file');
  if (header.u32(4) === 0x74746366) throw new Error('WOFF2: font collections are not read');
  const numTables = header.u16(12);
  const compressedSize = header.u32(20);
  const directory = new Reader(woff2, 48);
  let offset = 0;
  let cmap: { offset: number; length: number } | null = null;
  for (let i = 0; i < numTables; i += 1) {
    const flags = directory.u8();
    const index = flags & 0x3f;
    const transform = flags >> 6;
    const tag = index === arbitraryTag ? directory.u32() : null;
    const origLength = directory.base128();
    // glyf and loca are transformed unless their version is 3; any other table unless its version is 0.
    const transformed = index === glyfIndex || index === locaIndex ? transform !== 3 : transform !== 0;
    const length = transformed ? directory.base128() : origLength;
    if (index === cmapIndex || tag === 0x636d6170) cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error('WOFF2: no cmap table');
  const tables = decompress(woff2.subarray(directory.at, directory.at + compressedSize));
  return tables.subarray(cmap.offset, cmap.offset + cmap.length);
}

/** Code points of a format 12 subtable (segmented coverage), each group at once. */
function format12(table: Reader, at: number): [number, number][] {
  const groups = table.u32(at + 12);
  const out: [number, number][] = [];
  for (let g = 0; g < groups; g += 1) {
    const start = table.u32(at + 16 + g * 12);
    const end = table.u32();
    const glyph = table.u32();
    // A group that starts at glyph 0 maps its first character to "missing".
    out.push([glyph === 0 ? start + 1 : start, end]);
  }
  return out.filter(([from, to]) => from <= to);
}

/** Code points of a format 4 subtable (BMP segments), leaving out those that map to glyph 0. */
function format4(table: Reader, at: number): [number, number][] {
  const segments = table.u16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const out: number[] = [];
  for (let s = 0; s < segments; s += 1) {
    const end = table.u16(ends + s * 2);
    const start = table.u16(starts + s * 2);
    const delta = table.u16(deltas + s * 2);
    const rangeOffset = table.u16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      const index = rangeOffset === 0 ? c : table.u16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
      if (index !== 0 && (index + delta) % 0x10000 !== 0) out.push(c);
    }
  }
  const ranges: [number, number][] = [];
  for (const c of out) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges;
}

/**
 * The code points `woff2` has a glyph for, as sorted inclusive ranges, from its Unicode cmap subtable
 * (format 12 where the font has one, else format 4).
 */
export function woff2CharacterSet(
  woff2: Uint8Array,
  decompress: (data: Uint8Array) => Uint8Array,
): [number, number][] {
  const cmap = cmapTable(woff2, decompress);
  const table = new Reader(cmap);
  const count = table.u16(2);
  const subtables = Array.from({ length: count }, (_, i) => ({
    platform: table.u16(4 + i * 8),
    encoding: table.u16(6 + i * 8),
    offset: table.u32(8 + i * 8),
  })).map((s) => ({ ...s, format: table.u16(s.offset) }));
  const unicode = (s: { platform: number; encoding: number }) =>
    s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  if (full) return format12(table, full.offset);
  const bmp = subtables.find((s) => unicode(s) && s.format === 4);
  if (bmp) return format4(table, bmp.offset);
  throw new Error('WOFF2: no Unicode cmap subtable of format 4 or 12');
}
