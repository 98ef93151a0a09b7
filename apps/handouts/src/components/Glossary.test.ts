import { lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { balancedColumns } from './Glossary.tsx';

describe('balancedColumns', () => {
  const length = (terms: { definition: string }[]) => terms.reduce((n, t) => n + 60 + t.definition.length, 0);

  it('keeps the lecture order and every term, and ends the columns near one length', () => {
    for (const columns of [2, 3]) {
      const split = balancedColumns(lecture.terms, columns);
      expect(split).toHaveLength(columns);
      expect(split.flat()).toEqual(lecture.terms);
      const lengths = split.map(length);
      // No column is longer than another by more than its longest entry.
      const longest = Math.max(...lecture.terms.map((t) => 60 + t.definition.length));
      expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(longest);
    }
  });

  it('splits by length, not by count: one long entry weighs as several short ones', () => {
    const short = { ...lecture.terms[0]!, definition: 'x'.repeat(40) };
    const long = { ...lecture.terms[0]!, definition: 'y'.repeat(400) };
    const split = balancedColumns([long, short, short, short, short], 2);
    expect(split.map((c) => c.length)).toEqual([1, 4]);
  });
});
