import { describe, expect, it } from 'vitest';
import { citationList } from './citation-list.ts';
import { lecture } from './data/lecture.ts';

const ref = (n: number) => lecture.references[n - 1]!;

describe('citationList', () => {
  it('numbers references by their place in the reference list, joined with ", "', () => {
    expect(citationList([ref(1), ref(3)], lecture)).toBe('[1], [3]');
  });

  it('puts the numbers in ascending order and names each once, as a reader looks them up', () => {
    expect(citationList([ref(4), ref(2), ref(4)], lecture)).toBe('[2], [4]');
  });

  it('accepts bare ids and leaves out one the lecture does not list', () => {
    expect(citationList([ref(2).id, 'no-such-source'], lecture)).toBe('[2]');
  });

  it('gives "" for no references', () => {
    expect(citationList([], lecture)).toBe('');
  });
});
