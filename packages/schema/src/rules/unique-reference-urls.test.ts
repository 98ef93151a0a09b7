import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { comparableUrl, uniqueReferenceUrls } from './unique-reference-urls.ts';

describe('unique-reference-urls', () => {
  it('accepts the shipped lecture', () => {
    expect(uniqueReferenceUrls.check(freshLecture())).toEqual([]);
  });

  it("reports the seed's duplicate: the Microsoft page listed again with a trailing slash", () => {
    const lecture = freshLecture();
    lecture.references[5]!.URL = `${lecture.references[0]!.URL}/`;
    const problems = uniqueReferenceUrls.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['references[5].URL']);
    expect(problems[0]!.message).toContain('references[0] ("microsoft-containers-vs-vm")');
  });

  it('treats host case, a trailing slash and a fragment as the same page, but not another query', () => {
    expect(comparableUrl('https://Example.com/a/#top')).toBe(comparableUrl('https://example.com/a'));
    expect(comparableUrl('https://example.com/a?view=1')).not.toBe(
      comparableUrl('https://example.com/a?view=2'),
    );
  });
});
