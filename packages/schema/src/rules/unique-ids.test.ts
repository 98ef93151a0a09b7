import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { uniqueIds } from './unique-ids.ts';

describe('unique-ids', () => {
  it('accepts the shipped lecture', () => {
    expect(uniqueIds.check(freshLecture())).toEqual([]);
  });

  it('reports a duplicate term id at the second occurrence', () => {
    const lecture = freshLecture();
    lecture.terms[3]!.id = lecture.terms[0]!.id;
    const problems = uniqueIds.check(lecture);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('terms[3].id');
    expect(problems[0]!.message).toContain('duplicate term id "kernel"');
    expect(problems[0]!.message).toContain('terms[0].id');
  });

  it('reports a slide id used in two sections', () => {
    const lecture = freshLecture();
    lecture.sections[2]!.slides[0]!.id = lecture.sections[0]!.slides[0]!.id;
    expect(uniqueIds.check(lecture).map((p) => p.path)).toEqual(['sections[2].slides[0].id']);
  });

  it('reports a section slide that takes the id of a slide the sequence adds', () => {
    const lecture = freshLecture();
    lecture.sections[1]!.slides[0]!.id = 'glossary-2';
    const problems = uniqueIds.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['sections[1].slides[0].id']);
    expect(problems[0]!.message).toContain('reserved');
  });

  it('reports a duplicate question id, and one that takes the form of a generated question', () => {
    const lecture = freshLecture();
    lecture.questions[4]!.id = lecture.questions[1]!.id;
    lecture.questions[6]!.id = 'glossary-kernel-definition';
    const problems = uniqueIds.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['questions[4].id', 'questions[6].id']);
    expect(problems[0]!.message).toContain(`duplicate question id "${lecture.questions[1]!.id}"`);
    expect(problems[1]!.message).toContain('reserved for the questions generated from the glossary');
  });

  it('reports duplicate layers inside one guest of a figure', () => {
    const lecture = freshLecture();
    const f = lecture.figures.findIndex((figure) => figure.kind === 'stacks');
    const figure = lecture.figures[f];
    if (figure?.kind !== 'stacks') throw new Error('expected a stack figure');
    const layers = figure.stacks[0]!.guests[1]!.layers;
    layers[1]!.id = layers[0]!.id;
    expect(uniqueIds.check(lecture).map((p) => p.path)).toEqual([
      `figures[${f}].stacks[0].guests[1].layers[1].id`,
    ]);
  });

  it('reports a duplicate step inside one lane of a flow figure', () => {
    const lecture = freshLecture();
    const f = lecture.figures.findIndex((figure) => figure.kind === 'flow');
    const figure = lecture.figures[f];
    if (figure?.kind !== 'flow') throw new Error('expected a flow figure');
    const steps = figure.lanes[0]!.steps;
    steps[2]!.id = steps[0]!.id;
    expect(uniqueIds.check(lecture).map((p) => p.path)).toEqual([`figures[${f}].lanes[0].steps[2].id`]);
  });
});
