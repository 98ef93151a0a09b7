// The opening slide: the lecture's title and subtitle, its author in both scripts and the date. The content
// stamp is for the lecturer, not the audience: it is in this slide's speaker notes (see Slide).
import { formatDate, type Lecture, type Slide } from '@vmvc/content';
import { AuthorLine } from './AuthorLine.ts';
import { html, type SafeHtml } from './html.ts';
import { SideBand } from './SideBand.ts';

export function TitleSlide(slide: Slide, lecture: Lecture): SafeHtml {
  const date = formatDate(lecture.meta.date, 'iso');
  return html`${SideBand()}<div class="title-block">
<h1 class="lecture-title">${slide.title}</h1>
${slide.subtitle ? html`<p class="lecture-subtitle">${slide.subtitle}</p>` : ''}
<p class="lecture-author">${AuthorLine(lecture.meta.authors)}</p>
<p class="lecture-date"><time datetime="${date}">${date}</time></p>
</div>`;
}
