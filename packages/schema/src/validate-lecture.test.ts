import { describe, expect, it } from 'vitest';
import { rules } from './rules/index.ts';
import { freshLecture } from './test-support/fixtures.ts';
import { validateLecture } from './validate-lecture.ts';

describe('validateLecture', () => {
  it('returns the typed lecture for the shipped data', () => {
    const result = validateLecture(freshLecture());
    expect(result.ok).toBe(true);
  });

  it('reports text and date problems beside a shape problem elsewhere in the file: one run shows them all', () => {
    const lecture: Record<string, unknown> & ReturnType<typeof freshLecture> = freshLecture();
    lecture.meta.date = '2024-02-30';
    lecture.sections[0]!.title = 'user\u202Egnp.exe';
    lecture.references[2]!.accessed = { 'date-parts': [[2024, 4, 31]] };
    (lecture.terms[0] as { id: unknown }).id = 5;
    const result = validateLecture(lecture);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => `${p.path}: ${p.message.split(':')[0]}`)).toEqual([
      'terms[0].id: expected string, received number',
      'meta.date: 2024-02-30 is not a day of the calendar (February 2024 has 29 days)',
      'references[2].accessed: 2024-04-31 is not a day of the calendar (April 2024 has 30 days)',
      'sections[0].title: bidirectional control U+202E at character 5',
    ]);
    // The rules that compare parts of the lecture cannot run on a malformed one; the result names them.
    expect(result.unchecked).toEqual(rules.filter((r) => r.reads === 'lecture').map((r) => r.name));
    expect(result.unchecked).toContain('unique-ids');
  });

  it('runs every rule once the shape is right, reporting in rule order', () => {
    const lecture = freshLecture();
    lecture.meta.date = '2024-02-30';
    lecture.terms[1]!.id = lecture.terms[0]!.id;
    const result = validateLecture(lecture);
    if (result.ok) throw new Error('expected problems');
    expect(result.problems.map((p) => p.path)).toEqual([
      'terms[1].id',
      'sections[3].slides[0].terms[1]',
      'meta.date',
    ]);
    expect(result.unchecked).toEqual([]);
  });

  it('checks what it can find in any value without throwing', () => {
    for (const input of [null, 7, 'text', [], { meta: 3 }, { references: [null, { accessed: 'x' }] }]) {
      const result = validateLecture(input);
      expect(result.ok).toBe(false);
    }
  });
});
