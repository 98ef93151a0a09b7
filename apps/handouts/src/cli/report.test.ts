import { describe, expect, it } from 'vitest';
import { formatReport } from './report.ts';

describe('formatReport', () => {
  it('prints one aligned line per PDF: path, pages, size and render time', () => {
    expect(
      formatReport([
        { path: 'dist/handout-a4.pdf', pages: 6, bytes: 71_168, ms: 1180 },
        { path: 'dist/summary-a4.pdf', pages: 1, bytes: 20_992, ms: 430 },
      ]),
    ).toEqual([
      'dist/handout-a4.pdf    6 pages    69.5 KB   1.18 s',
      'dist/summary-a4.pdf     1 page    20.5 KB   0.43 s',
    ]);
  });

  it('leaves the time out for PDFs it did not just render', () => {
    expect(formatReport([{ path: 'dist/notes-a4.pdf', pages: 7, bytes: 68_915 }])).toEqual([
      'dist/notes-a4.pdf    7 pages    67.3 KB',
    ]);
  });
});
