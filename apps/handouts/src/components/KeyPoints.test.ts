import { lecture, slideSequence } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { keyPointsOf } from './KeyPoints.tsx';

const slides = slideSequence(lecture);

describe('keyPointsOf', () => {
  it("lists every bullet of a section's slides, in slide order", () => {
    const architecture = slides.filter((s) => s.section?.id === 'architecture');
    expect(architecture.length).toBeGreaterThan(1);
    expect(keyPointsOf(architecture)).toEqual(architecture.flatMap((s) => s.bullets));
  });

  it('prints a bullet two slides repeat once, where it first appears', () => {
    const [first, second] = slides.filter((s) => s.bullets.length > 1);
    if (!first || !second) throw new Error('the lecture has too few slides with bullets');
    const repeated = { ...second, bullets: [first.bullets[1] as string, ...second.bullets] };
    expect(keyPointsOf([first, repeated])).toEqual([...first.bullets, ...second.bullets]);
  });

  it('has nothing to print for slides without bullets', () => {
    expect(keyPointsOf(slides.filter((s) => s.kind === 'glossary'))).toEqual([]);
  });
});
