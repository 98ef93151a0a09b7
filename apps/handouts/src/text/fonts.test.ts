// The shaping kept between renders (fonts.ts) must never show: a PDF rendered after other renders, of other
// text, is the same bytes as the first time. And the kit's measure gives react-pdf's widths.
import { Font } from '@react-pdf/renderer';
import { authorLine } from '@vmvc/content';
import { fontFamily, fontFeatures, fontWeights } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../../test/fixtures.ts';
import type { RenderOptions } from '../documents/variants.ts';
import { renderPdf } from '../render/render-pdf.ts';
import { loadFonts } from './fonts.ts';

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

describe('the text measure', () => {
  it('gives the width react-pdf shapes a line to, at both weights, Hangul included', async () => {
    const measure = await loadFonts();
    const lecture = freshLecture();
    const lines = [
      ...lecture.sections.flatMap((s) => [s.title, ...s.prose]),
      ...lecture.references.map((r) => `${r.title} ${r.URL}`),
      authorLine(lecture.meta.authors),
      '컨테이너와 가상 머신 비교: VM과 컨테이너 … 끝.',
    ];
    for (const weight of ['regular', 'bold'] as const) {
      const font = Font.getFont({ fontFamily, fontWeight: fontWeights[weight] }).data as unknown as {
        unitsPerEm: number;
        layout(text: string, features: object): { advanceWidth: number };
      };
      for (const line of lines) {
        const shaped = font.layout(line, { ...fontFeatures }).advanceWidth / font.unitsPerEm;
        expect(measure(line, 10, weight), line).toBeCloseTo(shaped * 10, 9);
      }
    }
  });
});
