// What the lecturer says while a slide is up: reveal.js shows it in the speaker view (`S`).
import { contentStamp, type Lecture } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function SpeakerNotes(notes: string): SafeHtml {
  return html`<aside class="notes">${notes}</aside>`;
}

/**
 * The content stamp for the lecturer's eyes only: a second notes block, which reveal.js joins to the first
 * in the speaker view, so the lecturer can match the screen against the handouts before the class starts.
 */
export function StampNotes(lecture: Lecture): SafeHtml {
  const stamp = contentStamp(lecture);
  return html`<aside class="notes"><p class="notes-stamp">Content: @vmvc/content ${stamp.text} (the handouts print the same)</p></aside>`;
}
