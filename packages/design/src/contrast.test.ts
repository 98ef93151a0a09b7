import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { colors, layerFills, sideColors, sideTints } from './tokens.ts';

describe('the palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBe(contrastRatio('#777777', '#ffffff'));
  });

  it('draws layer labels in ink that meets AA on every layer fill', () => {
    for (const [role, fill] of Object.entries(layerFills)) {
      expect(contrastRatio(colors.ink, fill), role).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws a side’s label in its colour, and ink, at AA on that side’s tint', () => {
    for (const side of ['vm', 'container'] as const) {
      expect(contrastRatio(sideColors[side], sideTints[side]), side).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colors.ink, sideTints[side]), side).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('meets AA for text, links, side colours and muted text on paper and on the shaded surface', () => {
    for (const surface of [colors.paper, colors.shade]) {
      for (const text of [colors.ink, colors.muted, colors.link, sideColors.vm, sideColors.container]) {
        expect(contrastRatio(text, surface), `${text} on ${surface}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrastRatio(colors.paper, sideColors.vm)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colors.paper, sideColors.container)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
