// A slide of a section: its section and title, bullets, exhibit, the terms it defines and its sources.
import { type Lecture, referenceNumber, type Slide } from '@vmvc/content';
import { BulletList } from './BulletList.ts';
import { Exhibit } from './Exhibit.ts';
import { html, type SafeHtml } from './html.ts';
import { TermList } from './TermList.ts';

/** The slide's title; above it, its section (when it is not the same words) and what stands at the right. */
export function SlideHeader(slide: Slide, aside?: SafeHtml): SafeHtml {
  const eyebrow = slide.section && slide.section.title !== slide.title ? slide.section.title : null;
  return html`<header class="slide-header"><div class="slide-kicker">${eyebrow ? html`<p class="eyebrow">${eyebrow}</p>` : ''}${aside ?? ''}</div><h2 class="slide-title">${slide.title}</h2></header>`;
}

/** "Sources [1], [3]": the section's references by their number in the reference list. */
export function SourceLine(slide: Slide, lecture: Lecture): SafeHtml {
  const numbers = slide.references
    .map((r) => referenceNumber(r.id, lecture))
    .filter((n): n is number => n !== undefined)
    .sort((a, b) => a - b);
  if (numbers.length === 0) return html``;
  return html`<p class="slide-sources">Sources ${numbers.map((n) => `[${n}]`).join(' ')}</p>`;
}

export function ContentSlide(slide: Slide, lecture: Lecture): SafeHtml {
  return html`${SlideHeader(slide, SourceLine(slide, lecture))}
<div class="slide-body">
${BulletList(slide.bullets)}
${slide.exhibit ? Exhibit(slide.exhibit, slide, lecture) : ''}
</div>
${TermList(slide.terms, 'slide-terms')}`;
}
