// A page of the reference list: each source in the seed's IEEE form, its title as published (Korean) with
// the English translation, and a QR code of its URL.
import { citationList, formatReference, type Lecture, type Reference } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';
import { QrCode } from './QrCode.ts';
import { UrlText } from './UrlText.ts';

/**
 * The IEEE line with the original-language title marked with its language and the URL as a link that breaks
 * only after a slash.
 */
export function IeeeLine(reference: Reference): SafeHtml {
  const line = formatReference(reference);
  const title = `“${reference.title},”`;
  const url = reference.URL;
  const parts: SafeHtml[] = [];
  let rest = line;
  const titleAt = rest.indexOf(title);
  if (titleAt >= 0) {
    parts.push(
      html`${rest.slice(0, titleAt)}“<span lang="${reference.language}">${reference.title}</span>,”`,
    );
    rest = rest.slice(titleAt + title.length);
  }
  const urlAt = rest.indexOf(url);
  if (urlAt >= 0) {
    parts.push(html`${rest.slice(0, urlAt)}<a href="${url}" class="reference-url">${UrlText(url)}</a>`);
    rest = rest.slice(urlAt + url.length);
  }
  parts.push(html`${rest}`);
  return html`${parts}`;
}

export function ReferenceEntry(reference: Reference, lecture: Lecture): SafeHtml {
  const qr = QrCode(reference.URL, `QR code: ${reference.URL}`);
  const translated = reference['translated-title'];
  return html`<li class="reference" data-reference="${reference.id}">
<div class="reference-qr">${qr}</div>
<div class="reference-text">
<p class="reference-title"><span class="reference-number">${citationList([reference], lecture)}</span> <span lang="${reference.language}">${reference.title}</span></p>
${translated ? html`<p class="reference-translation" lang="en">${translated}</p>` : ''}
<p class="reference-ieee">${IeeeLine(reference)}</p>
</div>
</li>`;
}

export function ReferenceList(references: readonly Reference[], lecture: Lecture): SafeHtml {
  return html`<ol class="reference-list">${references.map((r) => ReferenceEntry(r, lecture))}</ol>`;
}
