// The key differences: each aspect with the sentence that sums it up.
import type { KeyDifference } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function KeyDifferences(differences: readonly KeyDifference[]): SafeHtml {
  return html`<dl class="key-differences">${differences.map(
    (d) =>
      html`<div class="key-difference" data-difference="${d.id}"><dt>${d.aspect}</dt><dd>${d.text}</dd></div>`,
  )}</dl>`;
}
