import { describe, expect, it } from 'vitest';
import { freshLecture, problemLines, problemPaths } from '../test-support/fixtures.ts';

// The schema's own fixtures: each bad one changes one thing and must be reported at that path.
describe('lecture schema', () => {
  it('accepts the shipped lecture', () => {
    expect(problemLines(freshLecture())).toEqual([]);
  });

  it('rejects input that is not a lecture at all', () => {
    expect(problemLines([])).toEqual(['(document): expected object, received array']);
  });

  it('names a missing field', () => {
    const lecture = freshLecture() as unknown as { comparison: { rows: Record<string, unknown>[] } };
    delete lecture.comparison.rows[4]!.container;
    expect(problemLines(lecture)).toEqual(['comparison.rows[4].container: missing: expected string']);
  });

  it('names a field of the wrong type', () => {
    const lecture = freshLecture() as unknown as { sections: { slides: { bullets: unknown }[] }[] };
    lecture.sections[1]!.slides[0]!.bullets = 'one long bullet';
    expect(problemLines(lecture)).toEqual(['sections[1].slides[0].bullets: expected array, received string']);
  });

  it('names an unknown field, so a misspelt field is not silently dropped', () => {
    const lecture = freshLecture() as unknown as { terms: Record<string, unknown>[] };
    lecture.terms[0]!.defintion = 'typo';
    expect(problemLines(lecture)).toEqual([
      'terms[0]: unknown field "defintion": expected only the fields the schema defines',
    ]);
  });

  it('rejects an id that is not kebab-case', () => {
    const lecture = freshLecture();
    lecture.products[0]!.id = 'VMware vSphere';
    expect(problemLines(lecture)).toEqual([
      'products[0].id: expected a kebab-case id such as "resource-usage"',
    ]);
  });

  it('rejects an unknown product category and kind', () => {
    const lecture = freshLecture() as unknown as { products: Record<string, unknown>[] };
    lecture.products[2]!.category = 'emulator';
    lecture.products[3]!.kind = 'unikernel';
    expect(problemPaths(lecture)).toEqual(['products[2].category', 'products[3].kind']);
  });

  it('rejects an exhibit of an unknown type', () => {
    const lecture = freshLecture() as unknown as { sections: { slides: Record<string, unknown>[] }[] };
    lecture.sections[4]!.slides[0]!.exhibit = { type: 'video' };
    const lines = problemLines(lecture);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^sections\[4]\.slides\[0]\.exhibit\.type: /);
  });

  it('rejects an impossible CSL date and a malformed lecture date', () => {
    const lecture = freshLecture();
    lecture.references[1]!.accessed = { 'date-parts': [[2024, 13, 22]] };
    lecture.meta.date = '24-Sep-2024';
    expect(problemPaths(lecture)).toEqual(['meta.date', 'references[1].accessed.date-parts[0][1]']);
  });

  it('rejects a URL that is not a URL', () => {
    const lecture = freshLecture();
    lecture.references[0]!.URL = 'learn.microsoft.com/ko-kr/virtualization';
    expect(problemLines(lecture)).toEqual(['references[0].URL: expected an absolute URL']);
  });

  it('checks data rules only once the shape is right', () => {
    const lecture = freshLecture() as unknown as { terms: Record<string, unknown>[] };
    lecture.terms[1]!.id = lecture.terms[0]!.id; // a rule problem ...
    lecture.terms[2]!.term = 42; // ... hidden behind a shape problem
    expect(problemPaths(lecture)).toEqual(['terms[2].term']);
  });
});
