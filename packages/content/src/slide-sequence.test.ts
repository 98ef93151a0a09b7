import { describe, expect, it } from 'vitest';
import { lecture } from './data/lecture.ts';
import { slideSequence } from './slide-sequence.ts';
import { freshLecture } from './test-support/fixtures.ts';
import type { Lecture } from './types.ts';

describe('slideSequence', () => {
  const slides = slideSequence(lecture);

  it('opens with the title slide and closes with the closing slide', () => {
    expect(slides[0]).toMatchObject({
      id: 'title',
      kind: 'title',
      title: 'VM vs Container',
      subtitle: lecture.meta.subtitle,
    });
    expect(slides.at(-1)).toMatchObject({
      id: 'closing',
      kind: 'closing',
      title: lecture.frame.closing.title,
    });
  });

  it("walks every section's slides in lecture order, then the glossary and the references", () => {
    const expected = [
      'title',
      'agenda',
      ...lecture.sections.flatMap((s) => s.slides.map((slide) => slide.id)),
      'glossary',
      'glossary-2',
      'glossary-3',
      'references',
      'references-2',
      'closing',
    ];
    expect(slides.map((s) => s.id)).toEqual(expected);
    expect(slides.map((s) => s.number)).toEqual(expected.map((_, i) => i + 1));
  });

  it('follows the title with the agenda: every section’s title, in order, as its bullets', () => {
    const agenda = slides[1];
    expect(agenda?.kind).toBe('agenda');
    expect(agenda?.title).toBe(lecture.frame.agenda.title);
    expect(agenda?.bullets).toEqual(lecture.sections.map((s) => s.title));
    expect(agenda?.notes).toBe(lecture.frame.agenda.notes);
    expect(agenda?.notesPath).toBe('frame.agenda.notes');
  });

  it('gives every slide a unique id', () => {
    expect(new Set(slides.map((s) => s.id)).size).toBe(slides.length);
  });

  it('puts every term on a glossary page and every reference on a reference page, in order', () => {
    const glossary = slides.filter((s) => s.kind === 'glossary');
    expect(glossary.flatMap((s) => s.terms)).toEqual(lecture.terms);
    expect(glossary.map((s) => s.page)).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
      { index: 3, count: 3 },
    ]);
    const refs = slides.filter((s) => s.kind === 'references');
    expect(refs.flatMap((s) => s.references)).toEqual(lecture.references);
  });

  it('spreads a paginated list evenly: a seventh reference never gets a slide alone', () => {
    const seven = freshLecture();
    const extra = structuredClone(seven.references[0]!);
    seven.references.push({ ...extra, id: 'seventh-reference', URL: 'https://example.org/seventh' });
    const sizes = (kind: string, from: Lecture, options = {}) =>
      slideSequence(from, options)
        .filter((s) => s.kind === kind)
        .map((s) => (kind === 'references' ? s.references : s.terms).length);
    expect(sizes('references', seven, { referencesPerSlide: 3 })).toEqual([3, 2, 2]);
    expect(sizes('references', seven, { referencesPerSlide: 1 })).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(sizes('glossary', seven, { termsPerSlide: 4 })).toEqual([4, 4, 3]);
    expect(sizes('glossary', seven, { termsPerSlide: 5 })).toEqual([4, 4, 3]);
  });

  it('resolves what a slide shows: products of one kind, terms, and the section sources', () => {
    const vmExamples = slides.find((s) => s.id === 'vm-examples')!;
    expect(vmExamples.products.map((p) => p.kind)).toEqual(['vm', 'vm', 'vm', 'vm']);
    const adoption = slides.find((s) => s.id === 'industry-adoption')!;
    expect(adoption.terms.map((t) => t.id)).toEqual(['iaas', 'ci-cd']);
    expect(adoption.references.map((r) => r.id)).toEqual(['microsoft-azure-pipelines-architecture']);
    expect(adoption.section).toEqual({ id: 'industry-adoption', title: 'Industry adoption' });
  });

  it('names the data path of what each slide shows', () => {
    const pathOf = (id: string) => slides.find((s) => s.id === id)!.path;
    expect(pathOf('title')).toBe('meta');
    expect(pathOf('glossary-2')).toBe('terms');
    expect(pathOf('references-2')).toBe('references');
    expect(pathOf('closing')).toBe('frame.closing');
    const section = lecture.sections[2]!;
    const i = section.slides.length - 1;
    expect(pathOf(section.slides[i]!.id)).toBe(`sections[2].slides[${i}]`);
  });

  it("names where each slide's speaker notes are in the data, and that place holds them", () => {
    const at = (path: string): unknown =>
      path
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], lecture);
    for (const slide of slides) expect(at(slide.notesPath), slide.notesPath).toBe(slide.notes);
    expect(slides[0]!.notesPath).toBe('frame.opening.notes');
    expect(slides.find((s) => s.id === 'references-2')!.notesPath).toBe('frame.bibliography.notes');
  });

  it('resolves the figure a figure exhibit shows, and gives every other slide none', () => {
    const shown = slides.filter((s) => s.exhibit?.type === 'figure');
    expect(shown.length).toBeGreaterThan(0);
    for (const slide of shown) {
      expect(slide.exhibit).toEqual({ type: 'figure', figure: slide.figure?.id });
      expect(lecture.figures).toContain(slide.figure);
    }
    expect(slides.filter((s) => s.figure !== null)).toEqual(shown);
  });

  it('paginates by the sizes asked for', () => {
    const one = slideSequence(lecture, { termsPerSlide: 100, referencesPerSlide: 1 });
    expect(one.filter((s) => s.kind === 'glossary')).toHaveLength(1);
    expect(one.filter((s) => s.kind === 'references')).toHaveLength(lecture.references.length);
  });

  it('shows a section added to the data without any other change', () => {
    const changed = freshLecture();
    changed.sections.splice(5, 0, {
      id: 'security',
      title: 'Security',
      prose: ['A new paragraph.'],
      references: [],
      slides: [{ id: 'security', title: 'Security', bullets: ['A new bullet'], notes: 'New notes.' }],
    });
    const ids = slideSequence(changed).map((s) => s.id);
    expect(ids.indexOf('security')).toBe(ids.indexOf('comparison') + 1);
    expect(ids).toHaveLength(slides.length + 1);
  });

  it('is pure: the same lecture gives equal sequences and the lecture is not changed', () => {
    const before = JSON.stringify(lecture);
    expect(slideSequence(lecture)).toEqual(slides);
    expect(JSON.stringify(lecture)).toBe(before);
  });
});
