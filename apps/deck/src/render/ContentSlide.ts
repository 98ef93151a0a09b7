// A slide of a section: its section and title, bullets, exhibit, the terms it defines and its sources.
import type { Lecture, Slide } from '@vmvc/content';
import { BulletList } from './BulletList.ts';
import { Exhibit } from './Exhibit.ts';
import { html, type SafeHtml } from './html.ts';
import { SectionMarker } from './SectionMarker.ts';
import { SlideHeader } from './SlideHeader.ts';
import { SourceLine } from './SourceLine.ts';
import { TermList } from './TermList.ts';

export function ContentSlide(slide: Slide, lecture: Lecture): SafeHtml {
  return html`${SlideHeader(slide, SourceLine(slide, lecture), SectionMarker(slide, lecture))}
<div class="slide-body">
${BulletList(slide.bullets)}
${slide.exhibit ? Exhibit(slide.exhibit, slide, lecture) : ''}
</div>
${TermList(slide.terms, 'slide-terms')}`;
}
