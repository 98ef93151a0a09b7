// The content stamp on the first and last slide: the @vmvc/content version and a short hash of the lecture
// data. The handouts print the same stamp, so a lecturer can see that paper and screen agree.
import { contentStamp, type Lecture } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function ContentStamp(lecture: Lecture): SafeHtml {
  const stamp = contentStamp(lecture);
  // "@vmvc/content v0.0.0 · 4119dd20": the package the version is of, then the stamp.
  return html`<p class="content-stamp" data-content-version="${stamp.version}" data-content-hash="${stamp.hash}">@vmvc/content ${stamp.text}</p>`;
}
