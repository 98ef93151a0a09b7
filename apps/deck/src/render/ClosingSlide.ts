// The last slide: the closing words and, small in its footer, the content stamp the handouts print too.
import type { Lecture, Slide } from '@vmvc/content';
import { AuthorLine } from './AuthorLine.ts';
import { BulletList } from './BulletList.ts';
import { ContentStamp } from './ContentStamp.ts';
import { html, type SafeHtml } from './html.ts';
import { SideBand } from './SideBand.ts';

export function ClosingSlide(slide: Slide, lecture: Lecture): SafeHtml {
  return html`${SideBand()}<div class="closing-block">
<h2 class="slide-title">${slide.title}</h2>
${BulletList(slide.bullets)}
<p class="lecture-author">${lecture.meta.title} · ${AuthorLine(lecture.meta.authors)}</p>
</div>
${ContentStamp(lecture)}`;
}
