import { wrapLines } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { markSpan } from './text-layout.ts';

// One unit per character: easy to reason about, and enough to test where lines break.
const mono = (text: string) => text.length;

describe('markSpan', () => {
  it('cuts each line into the parts inside and outside the span', () => {
    const text = 'Available: https://example.com/a/b. Done.';
    const lines = wrapLines(text, 22, mono);
    const start = text.indexOf('https');
    const pieces = markSpan(lines, text, start, start + 'https://example.com/a/b'.length);
    expect(pieces.map((line) => line.map((p) => p.text).join(''))).toEqual(lines);
    expect(
      pieces
        .flat()
        .filter((p) => p.marked)
        .map((p) => p.text)
        .join(''),
    ).toBe('https://example.com/a/b');
  });
});
