import { describe, expect, it } from 'vitest';
import { benchExitCode, benchTable, median } from './bench-table.ts';

describe('median', () => {
  it('takes the middle value, the upper one of an even count, and NaN of none', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('benchTable', () => {
  const figures = [
    { figure: 'deck build', value: 1.234, unit: 's', budget: 5, note: 'median of 3' },
    { figure: 'index.html, gzipped', value: 132.06, unit: 'KB', budget: 120 },
    { figure: 'cold build', value: 10.8, unit: 's', budget: null },
    { figure: 'ours as a share of the peer', value: 31.4, unit: '%', budget: 25 },
    { figure: 'ten times the lecture', value: 4.04, unit: '×', budget: 10 },
  ] as const;

  it('prints each figure beside its budget with a verdict, in aligned columns', () => {
    const lines = benchTable('deck bench', figures).split('\n');
    expect(lines[0]).toBe('deck bench');
    expect(lines[2]).toMatch(/^deck build\s+1\.23 s\s+≤ 5\.00 s\s+ok\s+median of 3$/);
    expect(lines[3]).toMatch(/^index\.html, gzipped\s+132\.1 KB\s+≤ 120\.0 KB\s+OVER BUDGET$/);
    expect(lines[4]).toMatch(/^cold build\s+10\.80 s\s+—$/);
    expect(lines[5]).toMatch(/^ours as a share of the peer\s+31 %\s+≤ 25 %\s+OVER BUDGET$/);
    expect(lines[6]).toMatch(/^ten times the lecture\s+4\.0 ×\s+≤ 10\.0 ×\s+ok$/);
    // The budget column starts in the same place on every line.
    const starts = lines.slice(2).map((l) => l.search(/≤|—/));
    expect(new Set(starts).size).toBe(1);
  });

  it('fails the run when a figure is over budget, not when one has no budget', () => {
    expect(benchExitCode(figures)).toBe(1);
    expect(benchExitCode([figures[0], figures[2]])).toBe(0);
  });
});
