import { describe, expect, it } from 'vitest';
import { canonicalJson, contentStamp, fnv1a64, lectureHash } from './content-stamp.ts';
import { lecture } from './data/lecture.ts';
import { freshLecture } from './test-support/fixtures.ts';

describe('contentStamp', () => {
  it('prints the version and the first 8 hex digits of the hash', () => {
    const stamp = contentStamp(lecture);
    expect(stamp.version).toBe(lecture.meta.version);
    expect(stamp.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(stamp.hash).toBe(lectureHash(lecture).slice(0, 8));
    expect(stamp.text).toBe(`v${lecture.meta.version} · ${stamp.hash}`);
  });

  it('is the same for equal data, whatever the order of keys or whether it went through JSON', () => {
    const roundTripped = JSON.parse(JSON.stringify(lecture));
    const reordered = Object.fromEntries(Object.entries(freshLecture()).reverse());
    expect(lectureHash(roundTripped)).toBe(lectureHash(lecture));
    expect(lectureHash(reordered as typeof lecture)).toBe(lectureHash(lecture));
  });

  it('changes when one word of the lecture changes', () => {
    const changed = freshLecture();
    changed.comparison.rows[0]!.vm = 'Has its own kernels';
    expect(contentStamp(changed).hash).not.toBe(contentStamp(lecture).hash);
  });

  it('writes canonical JSON with sorted keys and no undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: undefined }], ü: null })).toBe(
      '{"a":[{"d":"x"}],"b":1,"ü":null}',
    );
  });
});

describe('fnv1a64', () => {
  /** The hash as its definition says it, one BigInt multiplication per byte. */
  const reference = (text: string): bigint => {
    let hash = 0xcbf29ce484222325n;
    for (const byte of new TextEncoder().encode(text))
      hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
    return hash;
  };

  it('gives the published FNV-1a test vectors', () => {
    expect(fnv1a64('')).toBe(0xcbf29ce484222325n);
    expect(fnv1a64('a')).toBe(0xaf63dc4c8601ec8cn);
    expect(fnv1a64('foobar')).toBe(0x85944171f73967e8n);
  });

  it('agrees with the BigInt definition on the lecture, Hangul and every byte value', () => {
    const texts = [
      canonicalJson(lecture),
      '가상 머신과 컨테이너',
      String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)),
    ];
    for (const text of texts) expect(fnv1a64(text)).toBe(reference(text));
  });
});
