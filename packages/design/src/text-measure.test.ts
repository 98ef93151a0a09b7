import { describe, expect, it } from 'vitest';
import { textMeasure } from './text-measure.ts';

const measure = textMeasure();
const browser = textMeasure({ pixelRounding: true });

describe('textMeasure', () => {
  it('reads the advances of the TTF drawn at each weight: 400 and 700', () => {
    // Every Hangul syllable of Noto Sans KR is 0.92 em wide at both weights; Latin is wider in bold.
    expect(measure('김정현', 1000)).toBe(2760);
    expect(measure('김정현', 1000, 'bold')).toBe(2760);
    expect(measure('Container', 10, 'bold')).toBeGreaterThan(measure('Container', 10) * 1.03);
  });

  it('sets the space between two Hangul syllables wider, as the font does in a line', () => {
    expect(measure('김 김', 1000)).toBe(920 + 280 + 920);
    expect(measure('VM 김', 1000)).toBe(measure('VM', 1000) + 224 + 920);
  });

  it('adds the spaces, and grows with the type size', () => {
    expect(measure('VM VM', 20)).toBeCloseTo(2 * measure('VM', 20) + measure(' ', 20), 9);
    expect(measure('Hypervisor', 24)).toBeCloseTo(2 * measure('Hypervisor', 12), 9);
  });

  it('for a browser on Linux, counts each glyph as whole pixels when that is wider', () => {
    for (const text of ['Hypervisor', 'i l', '김정현 VM']) {
      expect(browser(text, 13)).toBeGreaterThanOrEqual(measure(text, 13) - 1e-9);
      expect(browser(text, 13)).toBeLessThanOrEqual(measure(text, 13) + [...text].length * 0.5);
    }
    expect(browser('김', 13)).toBe(12);
  });

  it('for a browser, takes a character the font lacks as 2 em (a font of the machine draws it)', () => {
    expect(browser('😀', 10)).toBe(20);
  });
});
