// A page of the glossary: the lecture's terms and their definitions.
import type { Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';
import { PageLabel } from './PageLabel.ts';
import { SlideHeader } from './SlideHeader.ts';
import { TermList } from './TermList.ts';

export function GlossarySlide(slide: Slide): SafeHtml {
  return html`${SlideHeader(slide, PageLabel(slide))}
<div class="slide-body">${TermList(slide.terms, 'glossary')}</div>`;
}
