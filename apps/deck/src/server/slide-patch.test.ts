import { type Lecture, lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { deckPage } from '../build/deck-page.ts';
import { deckSlides, slidePatch } from './slide-patch.ts';

const changed = (edit: (copy: Lecture) => void): Lecture => {
  const copy = structuredClone(lecture);
  edit(copy);
  return copy;
};

describe('slidePatch', () => {
  it('splits the deck into its slides, in order, each a whole <section>', async () => {
    const slides = deckSlides((await deckPage(lecture)).slides);
    expect(slides.map((slide) => slide.id).slice(0, 3)).toEqual(['title', 'agenda', 'why-isolation']);
    expect(slides.at(-1)?.id).toBe('closing');
    for (const slide of slides) {
      expect(slide.html.startsWith(`<section id="${slide.id}"`)).toBe(true);
      expect(slide.html.endsWith('</section>')).toBe(true);
    }
  });

  it('sends the slide whose bullet changed (and those that print the content stamp), with the new stamp', async () => {
    const saved = changed((copy) => {
      const row = copy.comparison.rows[3];
      if (row) row.container = 'Uses far fewer resources';
    });
    const patch = slidePatch(await deckPage(lecture), await deckPage(saved));
    if (patch.kind !== 'patch') throw new Error(`expected a patch, got ${patch.kind}`);
    expect(patch.slides.map((slide) => slide.id)).toEqual(['title', 'comparison', 'closing']);
    expect(patch.slides[1]?.html).toContain('Uses far fewer resources');
    expect(patch.stampMeta).toMatch(/^<meta name="vmvc-content-stamp" content="[^"]+">$/);
    // No new character, so the fonts' subset, and the style, stayed as they were.
    expect(patch.style).toBeUndefined();
  });

  it('sends the style when a save brings a character the fonts lacked', async () => {
    const saved = changed((copy) => {
      const row = copy.comparison.rows[3];
      if (row) row.container = 'Uses fewer resources ∑';
    });
    const patch = slidePatch(await deckPage(lecture), await deckPage(saved));
    expect(patch.kind === 'patch' && patch.style).toContain('@font-face');
  });

  it('reloads when a slide is added or the title changes, and has nothing to send for the same lecture', async () => {
    const page = await deckPage(lecture);
    const added = changed((copy) => {
      const slide = copy.sections[2]?.slides[0];
      if (slide) copy.sections[2]?.slides.push({ ...slide, id: 'containers-again' });
    });
    expect(slidePatch(page, await deckPage(added))).toEqual({
      kind: 'reload',
      why: 'a slide was added, removed or moved',
    });
    const retitled = changed((copy) => {
      copy.meta.title = 'VM vs Container, revised';
    });
    expect(slidePatch(page, await deckPage(retitled)).kind).toBe('reload');
    expect(slidePatch(page, await deckPage(structuredClone(lecture)))).toEqual({ kind: 'same' });
  });
});
