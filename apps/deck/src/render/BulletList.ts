// A slide's bullets, in the order the content gives them.
import { html, type SafeHtml } from './html.ts';

export function BulletList(bullets: readonly string[]): SafeHtml {
  if (bullets.length === 0) return html``;
  return html`<ul class="bullets">${bullets.map((b) => html`<li>${b}</li>`)}</ul>`;
}
