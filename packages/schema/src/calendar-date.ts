// Whether a year, month and day name a day of the calendar (2024-02-30 does not), in one place for the
// data rules and for the dates the media print.

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12) of a year of the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const monthNames = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * Null for a day of the calendar; otherwise why not, for a message: `February 2024 has 29 days`,
 * `there is no month 13`.
 */
export function notACalendarDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (Number.isInteger(day) && day >= 1 && day <= days) return null;
  return `${monthNames.format(Date.UTC(2000, month - 1, 1))} ${year} has ${days} days`;
}
