// The comparison table: one row per aspect, VM beside container, rows revealed one by one as fragments.
import type { Comparison } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function ComparisonTable(comparison: Comparison): SafeHtml {
  const { columns, rows } = comparison;
  return html`<table class="comparison">
<caption class="visually-hidden">${comparison.title}</caption>
<thead><tr><th scope="col" class="aspect">${columns.aspect}</th><th scope="col" class="side-vm">${columns.vm}</th><th scope="col" class="side-container">${columns.container}</th></tr></thead>
<tbody>
${rows.map(
  (row) =>
    html`<tr class="fragment" data-row="${row.id}"><th scope="row" class="aspect">${row.aspect}</th><td class="side-vm">${row.vm}</td><td class="side-container">${row.container}</td></tr>
`,
)}</tbody>
</table>`;
}
