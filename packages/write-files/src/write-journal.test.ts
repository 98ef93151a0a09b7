// The journal is believed only when every path in it is one the writer itself would have made.
import { describe, expect, it } from 'vitest';
import { journalText, parseJournal } from './write-journal.ts';

const stage = '/srv/out/.vmvc-write-0a1b2c3d.4242.991-AbC123';
const other = '/srv/out/notes/.vmvc-write-0a1b2c3d.4242.991-XyZ789';
const good = {
  stages: [stage, other],
  files: [
    {
      target: '/srv/out/handout.pdf',
      stage: 0,
      staged: `${stage}/0.handout.pdf`,
      backup: `${stage}/0.previous`,
    },
    { target: '/srv/out/notes/notes.pdf', stage: 1, staged: `${other}/1.notes.pdf`, backup: null },
  ],
};
const withFile = (change: Record<string, unknown>) =>
  JSON.stringify({ format: 'vmvc-write-journal/1', ...good, files: [{ ...good.files[0], ...change }] });

describe('parseJournal', () => {
  it('reads back what the writer wrote', () => {
    expect(parseJournal(journalText(good))).toEqual(good);
  });

  it.each([
    [
      'a target outside the staging folder',
      { target: '/etc/passwd' },
      'files[0].stage is not the staging folder',
    ],
    [
      'a target climbing out',
      { target: '/srv/out/../etc/passwd' },
      'files[0].target is not a new absolute path',
    ],
    ['a staged file elsewhere', { staged: '/tmp/0.handout.pdf' }, 'files[0].staged is not inside'],
    ['a backup elsewhere', { backup: `${stage}/../../etc/shadow` }, 'files[0].backup is not inside'],
    ['a relative target', { target: 'handout.pdf' }, 'files[0].target'],
    ['an extra field', { mode: 0o777 }, 'files[0] has other fields'],
  ])('refuses %s', (_case, change, why) => {
    expect(parseJournal(withFile(change))).toContain(why);
  });

  it('refuses folders that are not staging folders of one writer, and text that is not a journal', () => {
    const foreign = { ...good, stages: [stage, '/srv/out/notes/.vmvc-write-0a1b2c3d.999.991-XyZ789'] };
    expect(parseJournal(journalText(foreign))).toContain('not a staging folder of the same writer');
    expect(parseJournal(journalText({ ...good, stages: ['/srv/out/x', other] }))).toContain(
      'not a staging folder',
    );
    expect(parseJournal('{"format":"vmvc-write-journal/1"')).toBe('is not JSON');
    expect(parseJournal('[]')).toContain('other fields');
  });
});
