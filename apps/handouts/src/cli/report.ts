// The lines the command and `npm start` print, one per PDF: path, pages, size and, after a render, time.

export interface ReportRow {
  path: string;
  pages: number;
  bytes: number;
  /** Render time in milliseconds, when the PDF was just made. */
  ms?: number;
}

export function formatReport(rows: readonly ReportRow[]): string[] {
  const pathWidth = Math.max(0, ...rows.map((r) => r.path.length));
  return rows.map((r) =>
    [
      r.path.padEnd(pathWidth),
      `${r.pages} ${r.pages === 1 ? 'page' : 'pages'}`.padStart(9),
      `${(r.bytes / 1024).toFixed(1)} KB`.padStart(9),
      ...(r.ms === undefined ? [] : [`${(r.ms / 1000).toFixed(2)} s`.padStart(7)]),
    ]
      .join('  ')
      .trimEnd(),
  );
}
