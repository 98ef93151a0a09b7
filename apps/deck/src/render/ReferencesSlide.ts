// A page of the reference list, three sources with their QR codes.
import type { Lecture, Slide } from '@vmvc/content';
import { SlideHeader } from './ContentSlide.ts';
import { html, type SafeHtml } from './html.ts';
import { PageLabel } from './PageLabel.ts';
import { ReferenceList } from './ReferenceList.ts';

export async function ReferencesSlide(slide: Slide, lecture: Lecture): Promise<SafeHtml> {
  return html`${SlideHeader(slide, PageLabel(slide))}
<div class="slide-body">${await ReferenceList(slide.references, lecture)}</div>`;
}
