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
// resist deliberate collisions.
const fnvOffset = 0xcbf29ce484222325n;
const fnvPrime = 0x100000001b3n;
const mask64 = 0xffffffffffffffffn;

/** The 64-bit FNV-1a hash of a text's UTF-8 bytes. */
export function fnv1a64(text: string): bigint {
  let hash = fnvOffset;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * fnvPrime) & mask64;
  }
  return hash;
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
