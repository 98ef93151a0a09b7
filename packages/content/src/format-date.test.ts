import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date.ts';

describe('formatDate', () => {
  it('writes the iso style as YYYY-MM-DD', () => {
    expect(formatDate('2024-09-22', 'iso')).toBe('2024-09-22');
  });

  it('writes the long style as day, English month name, year', () => {
    expect(formatDate('2024-09-22', 'long')).toBe('22 September 2024');
    expect(formatDate('2021-12-01', 'long')).toBe('1 December 2021');
  });

  it('keeps the calendar day in time zones far from UTC (the first and last day of a year)', () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        expect(formatDate('2024-01-01', 'long')).toBe('1 January 2024');
        expect(formatDate('2023-12-31', 'long')).toBe('31 December 2023');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('rejects what is not a calendar date', () => {
    expect(() => formatDate('2024-02-30', 'long')).toThrow(RangeError);
    expect(() => formatDate('22-Sep-2024', 'iso')).toThrow(/expected a date written YYYY-MM-DD/);
  });
});
