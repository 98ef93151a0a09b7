// Rule: every date of the lecture is a day of the calendar. The schema checks how a date is written
// (YYYY-MM-DD, a month 1-12); this checks that the day exists, so that 2024-02-30 is reported as such,
// beside every other problem, instead of printing "30-Feb-2024". It reads any value: a date is checked
// wherever the lecture's shape lets it be found, even when other parts of the file are malformed.
import { notACalendarDay } from '../calendar-date.ts';
import { formatPath, type Problem } from '../problem.ts';
import type { ValueRule } from './rule.ts';

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Year, month and day of a CSL date `{ "date-parts": [[y, m, d]] }`, or null when it is not written so. */
function cslDateParts(value: unknown): [number, number, number] | null {
  if (!isObject(value)) return null;
  const parts = value['date-parts'];
  const first: unknown = Array.isArray(parts) ? parts[0] : undefined;
  if (!Array.isArray(first) || first.length !== 3 || !first.every(Number.isInteger)) return null;
  return first as [number, number, number];
}

export const calendarDates: ValueRule = {
  name: 'calendar-dates',
  reads: 'any value',
  description: 'Every date (the lecture date, issued and accessed dates) is a day of the calendar.',
  check(value: unknown): Problem[] {
    const problems: Problem[] = [];
    // Dates the schema rejects for how they are written (month 13, day 32) are the schema's to report.
    const check = (path: (string | number)[], [year, month, day]: [number, number, number]) => {
      if (month < 1 || month > 12 || day < 1 || day > 31) return;
      const why = notACalendarDay(year, month, day);
      if (!why) return;
      const written = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      problems.push({
        path: formatPath(path),
        message: `${written} is not a day of the calendar (${why}): expected a real date`,
      });
    };
    if (!isObject(value)) return problems;
    const date = isObject(value.meta) ? value.meta.date : undefined;
    const written = typeof date === 'string' ? isoDate.exec(date) : null;
    if (written) check(['meta', 'date'], [Number(written[1]), Number(written[2]), Number(written[3])]);
    if (Array.isArray(value.references)) {
      value.references.forEach((reference: unknown, index) => {
        if (!isObject(reference)) return;
        for (const key of ['issued', 'accessed'] as const) {
          const parts = cslDateParts(reference[key]);
          if (parts) check(['references', index, key], parts);
        }
      });
    }
    return problems;
  },
};
