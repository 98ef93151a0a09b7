// The content stamp printed on the deck and on the handouts: the package version and a short hash of the
// lecture data, so that a lecturer can see at a glance that screen and paper were made from the same text.
import type { Lecture } from './types.ts';

/** JSON with object keys sorted, so equal data gives an equal string whatever order it was written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// 64-bit FNV-1a over the UTF-8 bytes: tiny, dependency-free and the same in Node and browsers.
// It identifies a version of the text (and gives the Anki exports their GUIDs and ids); it is not meant to
// resist deliberate collisions. Computed in four 16-bit limbs rather than with BigInt: the same hash, without
// a BigInt multiplication per byte (the deck's dev server stamps the lecture on every save).
const fnvOffsetLimbs: readonly [number, number, number, number] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];

/** The 64-bit FNV-1a hash of a text's UTF-8 bytes. */
export function fnv1a64(text: string): bigint {
  let [h0, h1, h2, h3] = fnvOffsetLimbs;
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    // × the FNV prime 2^40 + 0x1b3: each limb times 0x1b3, the low two limbs also shifted up by 40 bits.
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return (BigInt(h3) << 48n) | (BigInt(h2) << 32n) | (BigInt(h1) << 16n) | BigInt(h0);
}

/** A 16-hex-digit fingerprint of the lecture data. */
export function lectureHash(lecture: Lecture): string {
  return fnv1a64(canonicalJson(lecture)).toString(16).padStart(16, '0');
}

export interface ContentStamp {
  version: string;
  /** The first 8 hex digits of `lectureHash`. */
  hash: string;
  /** What outputs print: `v0.1.0 · 1a2b3c4d`. */
  text: string;
}

export function contentStamp(lecture: Lecture): ContentStamp {
  const hash = lectureHash(lecture).slice(0, 8);
  return { version: lecture.meta.version, hash, text: `v${lecture.meta.version} · ${hash}` };
}
