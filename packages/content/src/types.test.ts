// The published types and the schema that validates the data must describe one shape: this file does not
// type-check (`npm run typecheck`, part of `npm test`) when a field is added, dropped or typed differently in
// only one of them. The test itself also checks the shipped lecture against the schema at run time.
import * as schema from '@vmvc/schema';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { lecture } from './data/lecture.ts';
import type * as types from './types.ts';

describe('the published types', () => {
  it('are the types the schema infers, part by part', () => {
    expectTypeOf<types.Lecture>().toEqualTypeOf<schema.Lecture>();
    expectTypeOf<types.Meta>().toEqualTypeOf<schema.Meta>();
    expectTypeOf<types.Author>().toEqualTypeOf<schema.Author>();
    expectTypeOf<types.Section>().toEqualTypeOf<schema.Section>();
    expectTypeOf<types.SlideSpec>().toEqualTypeOf<schema.SlideSpec>();
    expectTypeOf<types.Exhibit>().toEqualTypeOf<schema.Exhibit>();
    expectTypeOf<types.Frame>().toEqualTypeOf<schema.Frame>();
    expectTypeOf<types.Term>().toEqualTypeOf<schema.Term>();
    expectTypeOf<types.Product>().toEqualTypeOf<schema.Product>();
    expectTypeOf<types.ProductCategory>().toEqualTypeOf<schema.ProductCategory>();
    expectTypeOf<types.ProductLicense>().toEqualTypeOf<schema.ProductLicense>();
    expectTypeOf<types.Comparison>().toEqualTypeOf<schema.Comparison>();
    expectTypeOf<types.ComparisonRow>().toEqualTypeOf<schema.ComparisonRow>();
    expectTypeOf<types.KeyDifference>().toEqualTypeOf<schema.KeyDifference>();
    expectTypeOf<types.Profiles>().toEqualTypeOf<schema.Profiles>();
    expectTypeOf<types.Profile>().toEqualTypeOf<schema.Profile>();
    expectTypeOf<types.UseCase>().toEqualTypeOf<schema.UseCase>();
    expectTypeOf<types.Figure>().toEqualTypeOf<schema.Figure>();
    expectTypeOf<types.StackFigure>().toEqualTypeOf<schema.StackFigure>();
    expectTypeOf<types.Stack>().toEqualTypeOf<schema.Stack>();
    expectTypeOf<types.Guest>().toEqualTypeOf<schema.Guest>();
    expectTypeOf<types.Layer>().toEqualTypeOf<schema.Layer>();
    expectTypeOf<types.LayerRole>().toEqualTypeOf<schema.LayerRole>();
    expectTypeOf<types.FlowFigure>().toEqualTypeOf<schema.FlowFigure>();
    expectTypeOf<types.FlowLane>().toEqualTypeOf<schema.FlowLane>();
    expectTypeOf<types.FlowStep>().toEqualTypeOf<schema.FlowStep>();
    expectTypeOf<types.Reference>().toEqualTypeOf<schema.Reference>();
    expectTypeOf<types.CslDate>().toEqualTypeOf<schema.CslDate>();
    expectTypeOf<types.CslName>().toEqualTypeOf<schema.CslName>();
    expectTypeOf<types.Question>().toEqualTypeOf<schema.Question>();
    expectTypeOf<types.MultipleChoiceQuestion>().toEqualTypeOf<schema.MultipleChoiceQuestion>();
    expectTypeOf<types.TrueFalseQuestion>().toEqualTypeOf<schema.TrueFalseQuestion>();
    expectTypeOf<types.MatchingQuestion>().toEqualTypeOf<schema.MatchingQuestion>();
    expectTypeOf<types.MatchingPair>().toEqualTypeOf<schema.MatchingPair>();
    expectTypeOf<types.ShortAnswerQuestion>().toEqualTypeOf<schema.ShortAnswerQuestion>();
    expectTypeOf<types.Side>().toEqualTypeOf<schema.Side>();
  });

  it('type the lecture the schema accepts, unchanged', () => {
    const checked = schema.validateLecture(lecture);
    expect(checked.ok && checked.lecture).toEqual(lecture);
  });
});
