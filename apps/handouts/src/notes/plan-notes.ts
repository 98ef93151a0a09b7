// The cards of the notes handout, planned before anything renders: one per slide of the slide sequence.
import { type Lecture, slideSequence } from '@vmvc/content';
import type { TextMeasure } from '@vmvc/design';
import { type CardPlan, cardContent, planCard } from './plan-card.ts';

/**
 * Plans the card of every slide: a slide that does not fit a card even in the smallest type is an error that
 * names the slide's place in the data, never a card cut off at its edge.
 */
export function planNotes(lecture: Lecture, measure: TextMeasure): CardPlan[] {
  return slideSequence(lecture).map((slide) => {
    const plan = planCard(cardContent(slide, lecture), measure);
    if (!plan.fits) {
      throw new Error(
        `${slide.path} ("${slide.id}"): its title, bullets and exhibit do not fit a notes card even at ${Math.round(plan.fit * 100)} % type: expected fewer or shorter bullets`,
      );
    }
    return plan;
  });
}
