import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { accessedNotBeforeIssued } from './accessed-not-before-issued.ts';

describe('accessed-not-before-issued', () => {
  it('accepts the shipped lecture', () => {
    expect(accessedNotBeforeIssued.check(freshLecture())).toEqual([]);
  });

  it("rejects the seed's reference 7 as it stood: issued 25-Sep-2024, accessed 24-Sep-2024", () => {
    const lecture = freshLecture();
    const index = lecture.references.findIndex((r) => r.id === 'google-cloud-containers-vs-vms');
    lecture.references[index]!.issued = { 'date-parts': [[2024, 9, 25]] };
    const problems = accessedNotBeforeIssued.check(lecture);
    expect(problems).toEqual([
      {
        path: `references[${index}].accessed`,
        message:
          'accessed 2024-09-24 is before issued 2024-09-25: expected a date on or after the issued date',
      },
    ]);
  });

  it('accepts a page read on the day it was published', () => {
    const lecture = freshLecture();
    lecture.references[0]!.accessed = lecture.references[0]!.issued!;
    expect(accessedNotBeforeIssued.check(lecture)).toEqual([]);
  });
});
