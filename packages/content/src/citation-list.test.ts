import { describe, expect, it } from 'vitest';
import { citationList } from './citation-list.js';
import { lecture } from './data/lecture.js';

const ref = (n: number) => lecture.references[n - 1]!;

describe('citationList', () => {
  it('numbers references by their place in the reference list, joined with ", "', () => {
    expect(citationList([ref(1), ref(3)], lecture)).toBe('[1], [3]');
  });

  it('keeps the order it is given', () => {
    expect(citationList([ref(4), ref(2)], lecture)).toBe('[4], [2]');
  });

  it('accepts bare ids and leaves out one the lecture does not list', () => {
    expect(citationList([{ id: ref(2).id }, { id: 'no-such-source' }], lecture)).toBe('[2]');
  });

  it('gives "" for no references', () => {
    expect(citationList([], lecture)).toBe('');
  });
});
