import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { referencedIdsExist } from './referenced-ids-exist.ts';

describe('referenced-ids-exist', () => {
  it('accepts the shipped lecture', () => {
    expect(referencedIdsExist.check(freshLecture())).toEqual([]);
  });

  it('reports a section citing an unknown reference, naming the known ones', () => {
    const lecture = freshLecture();
    lecture.sections[3]!.references[1] = 'no-such-source';
    const problems = referencedIdsExist.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['sections[3].references[1]']);
    expect(problems[0]!.message).toMatch(
      /unknown reference id "no-such-source": expected one of .*"aws-containers-vs-vms"/,
    );
  });

  it('reports a slide defining an unknown term', () => {
    const lecture = freshLecture();
    lecture.sections[6]!.slides[0]!.terms = ['iaas', 'paas'];
    expect(referencedIdsExist.check(lecture).map((p) => p.path)).toEqual(['sections[6].slides[0].terms[1]']);
  });

  it('reports a question citing a slide that no section has, naming the known ones', () => {
    const lecture = freshLecture();
    lecture.questions[2]!.slide = 'hypervisors';
    lecture.questions[3]!.slide = 'glossary';
    const problems = referencedIdsExist.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['questions[2].slide', 'questions[3].slide']);
    expect(problems[0]!.message).toMatch(
      /^unknown slide id "hypervisors": expected one of "why-isolation", /,
    );
  });

  it('reports a slide showing an unknown figure', () => {
    const lecture = freshLecture();
    lecture.sections[3]!.slides[1]!.exhibit = { type: 'figure', figure: 'network-diagram' };
    expect(referencedIdsExist.check(lecture).map((p) => p.path)).toEqual([
      'sections[3].slides[1].exhibit.figure',
    ]);
  });
});
