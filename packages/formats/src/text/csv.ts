// The comparison table and the product list as CSV (RFC 4180) for spreadsheets: one header row, CRLF
// line ends, a field quoted when it holds a comma, a quote or a line break, and quotes inside doubled.
import type { Lecture } from '@vmvc/content';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"): LibreOffice kept
 * `=HYPERLINK("https://evil.example", …)` from a cell as a live link.
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. A value a spreadsheet would take for a formula gets a leading `'`, as OWASP
 * recommends: the sheet shows the text, and the apostrophe says it was neutralised.
 */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n\t]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The columns of the comparison table, in order. */
export const comparisonCsvColumns = ['id', 'aspect', 'vm', 'container'] as const;

/** The comparison table: one row per aspect, with the virtual machine and the container side. */
export function exportComparisonCsv(lecture: Lecture): string {
  return csv([
    comparisonCsvColumns,
    ...lecture.comparison.rows.map((row) => [row.id, row.aspect, row.vm, row.container]),
  ]);
}

/** The columns of the product list, in order. `kind` is `vm` or `container`, as in data.json. */
export const productsCsvColumns = [
  'id',
  'name',
  'kind',
  'category',
  'description',
  'vendor',
  'license_model',
  'license_spdx',
  'license_note',
  'homepage',
] as const;

/** The product examples, in lecture order. */
export function exportProductsCsv(lecture: Lecture): string {
  return csv([
    productsCsvColumns,
    ...lecture.products.map((p) => [
      p.id,
      p.name,
      p.kind,
      p.category,
      p.description,
      p.vendor,
      p.license.model,
      p.license.model === 'open-source' ? p.license.spdx : '',
      p.license.note ?? '',
      p.homepage,
    ]),
  ]);
}
