// The shaping kept between renders (fonts.ts) must never show: a PDF rendered after other renders, of other
// text, is the same bytes as the first time.
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../../test/fixtures.ts';
import type { RenderOptions } from '../documents/variants.ts';
import { renderPdf } from '../render/render-pdf.ts';

describe('shaping kept between renders', () => {
  it('changes no byte of a PDF rendered again after renders of other text', async () => {
    const jobs: RenderOptions[] = [
      { variant: 'handout', paper: 'a4' },
      { variant: 'notes', paper: 'letter' },
    ];
    const lecture = freshLecture();
    const first = await Promise.all(jobs.map((job) => renderPdf(lecture, job)));
    // Other text in the same places: every run of the comparison and the first section is shaped anew.
    const other = freshLecture();
    other.comparison.rows = other.comparison.rows.map((row) => ({ ...row, vm: `${row.vm} (edited)` }));
    other.sections[0]!.prose = other.sections[0]!.prose.map((p) => `Edited: ${p}`);
    for (const job of jobs) await renderPdf(other, job);
    for (const [i, job] of jobs.entries()) {
      const again = await renderPdf(lecture, job);
      expect(again.bytes.equals(first[i]!.bytes), `${job.variant}-${job.paper}`).toBe(true);
    }
  }, 120_000);
});
