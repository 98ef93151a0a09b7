import { describe, expect, it } from 'vitest';
import { breakWords, isUrl, urlBreakPoints, wordBreakPoints, wrapLines } from './line-breaks.ts';

// One unit per character: easy to reason about, and enough to test where lines break.
const mono = (text: string) => text.length;

describe('wrapLines', () => {
  it('breaks at spaces and drops the spaces it breaks at', () => {
    expect(wrapLines('the quick brown fox jumps', 10, mono)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('keeps a text that fits on one line', () => {
    expect(wrapLines('short', 10, mono)).toEqual(['short']);
    expect(wrapLines('', 10, mono)).toEqual(['']);
  });

  it('breaks a long URL only where a URL may break, adding no character', () => {
    const url =
      'https://learn.microsoft.com/en-us/azure/devops/pipelines/architectures/devops-pipelines?view=azure';
    const lines = wrapLines(`Available: ${url}. [Accessed]`, 40, mono);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join('').replaceAll(' ', '')).toBe(`Available:${url}.[Accessed]`);
    // Every break inside the URL is at one of its break points.
    const inside = lines.flatMap((line) => line.split(' ')).filter((w) => url.includes(w) && w !== url);
    let at = 0;
    for (const piece of inside.slice(0, -1)) {
      at = url.indexOf(piece, at) + piece.length;
      expect(urlBreakPoints(url)).toContain(at);
    }
    expect(lines.some((line) => line.endsWith('-'))).toBe(false);
  });

  it('prefers to break a URL after a slash or before its query', () => {
    const lines = wrapLines('https://example.com/aaaa/bbbb-cccc-dddd?x=1', 32, mono);
    expect(lines[0]).toBe('https://example.com/aaaa/');
  });

  it('never breaks inside the scheme of a URL', () => {
    expect(urlBreakPoints('https://example.com/a').every((i) => i >= 'https://'.length)).toBe(true);
    expect(wrapLines('see https://example.com/path', 12, mono)[0]).toBe('see');
  });

  it('breaks a long hyphenated word after its own hyphen', () => {
    expect(wrapLines('Infrastructure-as-a-Service (IaaS)', 20, mono)).toEqual([
      'Infrastructure-as-a-',
      'Service (IaaS)',
    ]);
    expect(wordBreakPoints('as-a-Service')).toEqual([3, 5]);
  });

  it('breaks a word with no break point between characters, still adding nothing', () => {
    expect(wrapLines('abcdefghij', 4, mono)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('measures with the widths it is given, Hangul included', () => {
    const wide = (text: string) => [...text].reduce((w, c) => w + (c > '\u1100' ? 2 : 1), 0);
    expect(wrapLines('컨테이너와 가상 머신 비교', 10, wide)).toEqual(['컨테이너와', '가상 머신', '비교']);
  });
});

describe('isUrl', () => {
  it('tells web addresses from words', () => {
    expect(isUrl('https://kubernetes.io/')).toBe(true);
    expect(isUrl('www.example.com')).toBe(true);
    expect(isUrl('Infrastructure-as-a-Service')).toBe(false);
  });
});

describe('breakWords', () => {
  const word = (text: string, newLine = false) => ({ text, measure: mono, newLine });

  it('starts a line where a word asks for it', () => {
    const lines = breakWords([word('one'), word('two', true), word('three')], 20, { space: 1 });
    expect(lines.map((line) => line.map((p) => p.text))).toEqual([['one'], ['two', 'three']]);
  });

  it('for a browser’s lines, starts a too-long word on a line of its own and fills each line only so far', () => {
    const lines = breakWords([word('see'), word('abcdefghijklmnop')], 10, { space: 1, brokenWordFill: 0.8 });
    expect(lines.map((line) => line.map((p) => p.text))).toEqual([['see'], ['abcdefgh'], ['ijklmnop']]);
    expect(lines.flat().map((p) => p.word)).toEqual([0, 1, 1]);
  });

  it('never cuts a character in two, an astral one included', () => {
    expect(wrapLines('😀😀😀', 2, mono)).toEqual(['😀', '😀', '😀']);
  });
});
