// handoutJobs: the command's options as render jobs, and the message for a value it does not know.
import { UsageError } from '@vmvc/command';
import { describe, expect, it } from 'vitest';
import { handoutJobs } from './handout-jobs.ts';

describe('handoutJobs', () => {
  it('renders all three variants on A4 by default', () => {
    expect(handoutJobs({})).toEqual([
      { variant: 'handout', paper: 'a4', speaker: false },
      { variant: 'summary', paper: 'a4', speaker: false },
      { variant: 'notes', paper: 'a4', speaker: false },
    ]);
  });

  it('takes a variant, a paper and the speaker flag', () => {
    expect(handoutJobs({ variant: 'notes', paper: 'letter', speaker: true })).toEqual([
      { variant: 'notes', paper: 'letter', speaker: true },
    ]);
  });

  it('understands "all"', () => {
    const jobs = handoutJobs({ variant: 'all', paper: 'all' });
    expect(jobs.map((j) => `${j.variant}-${j.paper}`)).toEqual([
      'handout-a4',
      'handout-letter',
      'summary-a4',
      'summary-letter',
      'notes-a4',
      'notes-letter',
    ]);
  });

  it('names the valid values of an unknown variant or paper', () => {
    expect(() => handoutJobs({ variant: 'poster' })).toThrow(
      new UsageError('unknown variant "poster": expected one of handout, summary, notes, all'),
    );
    expect(() => handoutJobs({ paper: 'a5' })).toThrow(
      new UsageError('unknown paper "a5": expected one of a4, letter, all'),
    );
  });
});
