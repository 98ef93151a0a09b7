// The content stamp on the first and last slide: the @vmvc/content version and a short hash of the lecture
// data. The handouts print the same stamp, so a lecturer can see that paper and screen agree.
import { contentStamp, type Lecture } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

/** The package whose version the stamp names. */
export const contentPackageName = '@vmvc/content';

export function contentStampText(lecture: Lecture): string {
  return `${contentPackageName} ${contentStamp(lecture).text}`;
}

export function ContentStamp(lecture: Lecture): SafeHtml {
  const stamp = contentStamp(lecture);
  return html`<p class="content-stamp" data-content-version="${stamp.version}" data-content-hash="${stamp.hash}">${contentStampText(lecture)}</p>`;
}
