import { describe, expect, it } from 'vitest';
import { lecture } from './data/lecture.ts';
import { formatReference, formatReferenceDate } from './format-reference.ts';
import { seedLines } from './test-support/seed.ts';

// The seed's reference lines are the oracle, with the repairs the data records:
// 5's cut-off accessed date completed; 6 merged into 1 (same page); 7's impossible issued date left out
// and its straight quotes written like the others'.
function seedReferenceLines(): string[] {
  const lines = seedLines().filter((l) => /^\d[).] /.test(l));
  const text = (n: number) => lines.find((l) => l.startsWith(`${n})`) || l.startsWith(`${n}.`))!.slice(3);
  return [
    text(1),
    text(2),
    text(3),
    text(4),
    text(5).replace('[Accessed: 22-Sep-20', '[Accessed: 22-Sep-2024].'),
    text(7)
      .replace(/^"(.*?),"/, '“$1,”')
      .replace(' 25-Sep-2024.', ''),
  ];
}

describe('formatReference', () => {
  it("reproduces the seed's reference lines, repairs applied", () => {
    expect(lecture.references.map(formatReference)).toEqual(seedReferenceLines());
  });

  it('keeps Korean titles as the author typed them', () => {
    expect(formatReference(lecture.references[2]!)).toBe(
      'Gabia, “서버 가상화 기술의 진화: VM과 컨테이너,” Gabia Library, 01-Dec-2021. [Online]. Available: https://library.gabia.com/contents/infrahosting/7426/. [Accessed: 22-Sep-2024].',
    );
  });

  it('writes dates as DD-Mon-YYYY', () => {
    expect(formatReferenceDate({ 'date-parts': [[2021, 12, 1]] })).toBe('01-Dec-2021');
    expect(formatReferenceDate({ 'date-parts': [[2024, 1, 31]] })).toBe('31-Jan-2024');
  });

  it('abbreviates every month to three letters (September is "Sep", not "Sept")', () => {
    const months = Array.from({ length: 12 }, (_, m) =>
      formatReferenceDate({ 'date-parts': [[2024, m + 1, 15]] }).slice(3, -5),
    );
    expect(months).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });

  it('omits the author and the date when a source has none', () => {
    expect(
      formatReference({
        id: 'x',
        type: 'webpage',
        title: 'Title',
        'container-title': 'Site',
        publisher: 'P',
        accessed: { 'date-parts': [[2024, 9, 24]] },
        URL: 'https://example.org/',
        language: 'en',
      }),
    ).toBe('“Title,” Site, [Online]. Available: https://example.org/. [Accessed: 24-Sep-2024].');
  });
});
