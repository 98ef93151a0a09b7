// Rule: every date of the lecture is a day of the calendar. The schema checks how a date is written
// (YYYY-MM-DD, a month 1-12); this checks that the day exists, so that 2024-02-30 is reported as such,
// beside every other problem, instead of printing "30-Feb-2024".
import { notACalendarDay } from '../calendar-date.ts';
import { formatPath, type Problem } from '../problem.ts';
import type { Lecture } from '../schema/index.ts';
import type { Rule } from './rule.ts';

export const calendarDates: Rule = {
  name: 'calendar-dates',
  description: 'Every date (the lecture date, issued and accessed dates) is a day of the calendar.',
  check(lecture: Lecture): Problem[] {
    const problems: Problem[] = [];
    const check = (path: (string | number)[], year: number, month: number, day: number, written: string) => {
      const why = notACalendarDay(year, month, day);
      if (why)
        problems.push({
          path: formatPath(path),
          message: `${written} is not a day of the calendar (${why}): expected a real date`,
        });
    };
    const [year, month, day] = lecture.meta.date.split('-').map(Number) as [number, number, number];
    check(['meta', 'date'], year, month, day, lecture.meta.date);
    lecture.references.forEach((reference, index) => {
      for (const key of ['issued', 'accessed'] as const) {
        const date = reference[key];
        if (!date) continue;
        const [y, m, d] = date['date-parts'][0];
        check(
          ['references', index, key],
          y,
          m,
          d,
          `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        );
      }
    });
    return problems;
  },
};
