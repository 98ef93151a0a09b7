// A page of the reference list, three sources with their QR codes.
import type { Lecture, Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';
import { PageLabel } from './PageLabel.ts';
import { ReferenceList } from './ReferenceList.ts';
import { SlideHeader } from './SlideHeader.ts';

export function ReferencesSlide(slide: Slide, lecture: Lecture): SafeHtml {
  return html`${SlideHeader(slide, PageLabel(slide))}
<div class="slide-body">${ReferenceList(slide.references, lecture)}</div>`;
}
