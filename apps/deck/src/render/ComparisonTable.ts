// The comparison table: one row per aspect, VM beside container. The aspects show from the start (the
// table never looks empty); each row then reveals its VM cell, then its container cell, so the class can
// predict the container side before it appears.
import type { Comparison } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function ComparisonTable(comparison: Comparison): SafeHtml {
  const { columns, rows } = comparison;
  return html`<table class="comparison">
<caption class="visually-hidden">${comparison.title}</caption>
<thead><tr><th scope="col" class="aspect">${columns.aspect}</th><th scope="col" class="side-vm">${columns.vm}</th><th scope="col" class="side-container">${columns.container}</th></tr></thead>
<tbody>
${rows.map(
  (row, index) =>
    html`<tr data-row="${row.id}"><th scope="row" class="aspect">${row.aspect}</th><td class="side-vm fragment" data-fragment-index="${2 * index}">${row.vm}</td><td class="side-container fragment" data-fragment-index="${2 * index + 1}">${row.container}</td></tr>
`,
)}</tbody>
</table>`;
}
