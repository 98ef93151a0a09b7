// The last slide: the closing words and, as on the title slide, the content stamp.
import type { Lecture, Slide } from '@vmvc/content';
import { BulletList } from './BulletList.ts';
import { ContentStamp } from './ContentStamp.ts';
import { html, type SafeHtml } from './html.ts';
import { AuthorName, SideBand } from './TitleSlide.ts';

export function ClosingSlide(slide: Slide, lecture: Lecture): SafeHtml {
  const authors = lecture.meta.authors.map((a, i) => html`${i > 0 ? ', ' : ''}${AuthorName(a)}`);
  return html`${SideBand()}<div class="closing-block">
<h2 class="slide-title">${slide.title}</h2>
${BulletList(slide.bullets)}
<p class="lecture-author">${lecture.meta.title} · ${authors}</p>
</div>
${ContentStamp(lecture)}`;
}
