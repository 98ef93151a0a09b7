import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { validateLecture } from '../validate-lecture.ts';
import { calendarDates } from './calendar-dates.ts';

describe('calendar-dates', () => {
  it('accepts the shipped lecture, and 29 February in a leap year', () => {
    expect(calendarDates.check(freshLecture())).toEqual([]);
    const leap = freshLecture();
    leap.meta.date = '2024-02-29';
    expect(calendarDates.check(leap)).toEqual([]);
  });

  it('reports a day the calendar does not have, with why, where the media would have printed "31-Feb-2024"', () => {
    const lecture = freshLecture();
    lecture.meta.date = '2023-02-29';
    lecture.references[1]!.accessed = { 'date-parts': [[2024, 2, 31]] };
    expect(calendarDates.check(lecture)).toEqual([
      {
        path: 'meta.date',
        message: '2023-02-29 is not a day of the calendar (February 2023 has 28 days): expected a real date',
      },
      {
        path: 'references[1].accessed',
        message: '2024-02-31 is not a day of the calendar (February 2024 has 29 days): expected a real date',
      },
    ]);
  });

  it('is reported beside every other problem: a bad lecture date hides nothing', () => {
    const lecture = freshLecture();
    lecture.meta.date = '2024-02-30';
    lecture.terms[1]!.id = lecture.terms[0]!.id;
    const result = validateLecture(lecture);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toContain('meta.date');
    expect(paths).toContain('terms[1].id');
  });
});
