// Terms with their definitions: a page of the glossary, or the terms a content slide defines.
import type { Term } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function TermList(terms: readonly Term[], variant: 'glossary' | 'slide-terms'): SafeHtml {
  if (terms.length === 0) return html``;
  return html`<dl class="${variant}">${terms.map(
    (t) => html`<div class="term" data-term="${t.id}"><dt>${t.term}</dt><dd>${t.definition}</dd></div>`,
  )}</dl>`;
}
