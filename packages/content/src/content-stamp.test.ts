import { describe, expect, it } from 'vitest';
import { canonicalJson, contentStamp, lectureHash } from './content-stamp.ts';
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
