// A section of the lecture: its handout prose, the slides it is presented with, and its sources.
import { z } from 'zod';
import { Id, Side, Text } from './common.ts';

/** What a slide shows besides its bullets. Each kind names a part of the lecture data. */
export const Exhibit = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('figure'), figure: Id }),
  z.strictObject({ type: z.literal('comparison') }),
  z.strictObject({ type: z.literal('products'), kind: Side }),
  z.strictObject({ type: z.literal('use-cases') }),
  z.strictObject({ type: z.literal('profiles') }),
  z.strictObject({ type: z.literal('key-differences') }),
]);
export type Exhibit = z.infer<typeof Exhibit>;

export const SlideSpec = z.strictObject({
  id: Id,
  title: Text,
  bullets: z.array(Text),
  exhibit: Exhibit.optional(),
  terms: z.array(Id).optional().meta({ description: 'Ids of glossary terms defined on this slide.' }),
  notes: Text.meta({ description: 'Speaker notes: what the lecturer says while the slide is up.' }),
});
export type SlideSpec = z.infer<typeof SlideSpec>;

export const Section = z.strictObject({
  id: Id,
  title: Text,
  prose: z.array(Text).meta({
    description:
      'The handout text of the section, one string a paragraph. May be empty when the exhibits of its slides carry the text.',
  }),
  references: z.array(Id).meta({ description: 'Ids of the references that support this section.' }),
  slides: z.array(SlideSpec).min(1),
});
export type Section = z.infer<typeof Section>;

/** Text for the slides that open and close the deck (title, agenda, closing) and for its back matter. */
export const Frame = z.strictObject({
  opening: z.strictObject({ notes: Text }),
  agenda: z.strictObject({ title: Text, notes: Text }).meta({
    description: 'The slide after the title that lists the sections, and what the lecturer says on it.',
  }),
  glossary: z.strictObject({ title: Text, notes: Text }),
  bibliography: z.strictObject({ title: Text, notes: Text }),
  closing: z.strictObject({ title: Text, bullets: z.array(Text), notes: Text }),
});
export type Frame = z.infer<typeof Frame>;
