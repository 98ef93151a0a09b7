// Where the lecture is: one short bar per section, the ones done and the current one filled, so the room
// can see how far along the talk is. Read out as "Section 3 of 9: Containers".
import type { Lecture, Slide } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function SectionMarker(slide: Slide, lecture: Lecture): SafeHtml {
  const { section } = slide;
  if (!section) return html``;
  const at = lecture.sections.findIndex((s) => s.id === section.id);
  if (at < 0) return html``;
  const count = lecture.sections.length;
  return html`<div class="section-marker" role="img" aria-label="Section ${at + 1} of ${count}: ${section.title}">${lecture.sections.map(
    (_, i) => html`<span class="${i < at ? 'done' : i === at ? 'current' : 'ahead'}"></span>`,
  )}</div>`;
}
