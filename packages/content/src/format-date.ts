// Calendar dates as readers see them, in one place, with the platform's month names (Intl), not ours.
import { notACalendarDay } from '@vmvc/schema/calendar-date';

/** `iso`: 2024-09-22; `long`: 22 September 2024. */
export type DateStyle = 'iso' | 'long';

// UTC throughout: a calendar date has no time zone, and the machine's own must not shift it a day.
const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date at midnight UTC; throws a RangeError for a day the calendar does not have (2024-02-30). */
function utcDate(year: number, month: number, day: number): Date {
  const why = notACalendarDay(year, month, day);
  if (why) throw new RangeError(`not a calendar date: ${year}-${month}-${day} (${why})`);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

/** Writes an ISO date (`2024-09-22`) as `iso` "2024-09-22" or `long` "22 September 2024". */
export function formatDate(isoDateText: string, style: DateStyle): string {
  const match = isoDate.exec(isoDateText);
  if (!match) throw new RangeError(`expected a date written YYYY-MM-DD, got "${isoDateText}"`);
  const date = utcDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return style === 'iso' ? isoDateText : long.format(date);
}
