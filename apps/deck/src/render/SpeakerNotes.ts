// What the lecturer says while a slide is up: reveal.js shows it in the speaker view (`S`).
import { html, type SafeHtml } from './html.ts';

export function SpeakerNotes(notes: string): SafeHtml {
  return html`<aside class="notes">${notes}</aside>`;
}
