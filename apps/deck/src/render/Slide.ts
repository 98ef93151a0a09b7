// One slide of the sequence as one reveal.js <section>, its id the deep-link hash (#/comparison).
import type { Lecture, Slide as SlideData } from '@vmvc/content';
import { AgendaSlide } from './AgendaSlide.ts';
import { ClosingSlide } from './ClosingSlide.ts';
import { ContentSlide } from './ContentSlide.ts';
import { GlossarySlide } from './GlossarySlide.ts';
import { html, type SafeHtml } from './html.ts';
import { ReferencesSlide } from './ReferencesSlide.ts';
import { SpeakerNotes, StampNotes } from './SpeakerNotes.ts';
import { TitleSlide } from './TitleSlide.ts';

function body(slide: SlideData, lecture: Lecture): SafeHtml {
  switch (slide.kind) {
    case 'title':
      return TitleSlide(slide, lecture);
    case 'agenda':
      return AgendaSlide(slide);
    case 'content':
      return ContentSlide(slide, lecture);
    case 'glossary':
      return GlossarySlide(slide);
    case 'references':
      return ReferencesSlide(slide, lecture);
    case 'closing':
      return ClosingSlide(slide, lecture);
  }
}

export function Slide(slide: SlideData, lecture: Lecture): SafeHtml {
  const classes = ['slide', `slide--${slide.kind}`];
  if (slide.exhibit) classes.push(`slide--${slide.exhibit.type}`);
  // Slides that also define terms keep room for them below the exhibit.
  if (slide.kind === 'content' && slide.terms.length > 0) classes.push('slide--with-terms');
  // Bullets alone (with the terms they define): laid out as one block, centred under the heading.
  if (slide.kind === 'content' && !slide.exhibit) classes.push('slide--text');
  return html`<section id="${slide.id}" class="${classes.join(' ')}" data-slide-number="${slide.number}" data-slide-kind="${slide.kind}">
<div class="frame">
${body(slide, lecture)}
</div>
${SpeakerNotes(slide.notes)}${slide.kind === 'title' ? StampNotes(lecture) : ''}
</section>
`;
}
