// The opening slide: the lecture's title and subtitle, its author in both scripts, and the content stamp.
import type { Author, Lecture, Slide } from '@vmvc/content';
import { ContentStamp } from './ContentStamp.ts';
import { html, type SafeHtml } from './html.ts';

/** `Junghyun Kim (김정현)`, the original-script name marked with its language. */
export function AuthorName(author: Author): SafeHtml {
  if (!author.nameOriginal) return html`${author.name}`;
  return html`${author.name} (<span lang="${author.nameOriginalLanguage ?? ''}">${author.nameOriginal}</span>)`;
}

/** The band in the two sides' colours across the top of the title and closing slides. */
export function SideBand(): SafeHtml {
  return html`<div class="side-band" aria-hidden="true"><span class="side-vm"></span><span class="side-container"></span></div>`;
}

export function TitleSlide(slide: Slide, lecture: Lecture): SafeHtml {
  const authors = lecture.meta.authors.map((a, i) => html`${i > 0 ? ', ' : ''}${AuthorName(a)}`);
  return html`${SideBand()}<div class="title-block">
<h1 class="lecture-title">${slide.title}</h1>
${slide.subtitle ? html`<p class="lecture-subtitle">${slide.subtitle}</p>` : ''}
<p class="lecture-author">${authors}</p>
<p class="lecture-date"><time datetime="${lecture.meta.date}">${lecture.meta.date}</time></p>
</div>
${ContentStamp(lecture)}`;
}
