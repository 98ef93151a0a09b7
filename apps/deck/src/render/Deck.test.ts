import { categoryLabel, contentStamp, lecture, slideSequence } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { Deck } from './Deck.ts';

const slides = slideSequence(lecture);
const { markup } = Deck(lecture);
const page = markup.value;
/** The markup of each slide, by id. */
const sections = new Map(
  [...page.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].map((m) => [m[1]!, m[0]] as const),
);
const text = (markup: string) =>
  markup
    .replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe('Deck', () => {
  it('renders one section per slide of the sequence, in order, with its id and number', () => {
    expect([...sections.keys()]).toEqual(slides.map((s) => s.id));
    for (const slide of slides) {
      expect(sections.get(slide.id)).toContain(`data-slide-number="${slide.number}"`);
    }
  });

  it('gives every slide its speaker notes', () => {
    for (const slide of slides) {
      const notes = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(sections.get(slide.id)!)?.[1];
      expect(
        notes
          ?.replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ).toBe(slide.notes);
    }
  });

  it('puts title, subtitle and both spellings of the author on the title slide, the stamp in its notes only', () => {
    const [face, notes] = sections.get('title')!.split('<aside class="notes">');
    const title = text(face!);
    expect(title).toContain(lecture.meta.title);
    expect(title).toContain(lecture.meta.subtitle);
    expect(title).not.toContain(contentStamp(lecture).text);
    expect(sections.get('title')).toContain(
      `<aside class="notes"><p class="notes-stamp">Content: @vmvc/content ${contentStamp(lecture).text}`,
    );
    expect(notes).toBeDefined();
    expect(sections.get('title')).toContain('Junghyun Kim (<span lang="ko">김정현</span>)');
  });

  it('marks on every section slide where the lecture is: section i of n, one bar each, the current one lit', () => {
    const count = lecture.sections.length;
    for (const slide of slides.filter((s) => s.section)) {
      const markup = sections.get(slide.id)!;
      const at = lecture.sections.findIndex((s) => s.id === slide.section!.id);
      expect(markup).toContain(
        `<div class="section-marker" role="img" aria-label="Section ${at + 1} of ${count}: ${slide.section!.title}">`,
      );
      const bars = [...markup.matchAll(/<span class="(done|current|ahead)"><\/span>/g)].map((m) => m[1]);
      expect(bars).toEqual(
        lecture.sections.map((_, i) => (i < at ? 'done' : i === at ? 'current' : 'ahead')),
      );
    }
    expect(sections.get('title')).not.toContain('section-marker');
  });

  it('repeats the content stamp on the last slide', () => {
    expect(text(sections.get('closing')!)).toContain(`@vmvc/content ${contentStamp(lecture).text}`);
  });

  it('shows each slide’s bullets in order, and the agenda’s sections numbered', () => {
    for (const slide of slides.filter((s) => s.bullets.length > 0)) {
      const list =
        slide.kind === 'agenda'
          ? /<ol class="agenda">([\s\S]*?)<\/ol>/g
          : /<ul class="bullets">([\s\S]*?)<\/ul>/g;
      const items = [...sections.get(slide.id)!.matchAll(list)]
        .flatMap((m) => [...m[1]!.matchAll(/<li>([\s\S]*?)<\/li>/g)])
        .map((m) => text(m[1]!).trim());
      expect(items, slide.id).toEqual(
        slide.kind === 'agenda' ? slide.bullets.map((title, i) => `${i + 1} ${title}`) : slide.bullets,
      );
    }
  });

  it("builds the comparison table with header cells, every aspect shown, each row's cells as two steps", () => {
    const table = sections.get('comparison')!;
    const { columns, rows } = lecture.comparison;
    expect(table).toContain(`<th scope="col" class="aspect">${columns.aspect}</th>`);
    expect(table).toContain(`<th scope="col" class="side-vm">${columns.vm}</th>`);
    expect(table).toContain(`<th scope="col" class="side-container">${columns.container}</th>`);
    expect([...table.matchAll(/<tr data-row="([^"]+)">/g)].map((m) => m[1])).toEqual(rows.map((r) => r.id));
    // The VM cell, then the container cell, row by row: steps 0, 1, 2, ...
    const steps = [...table.matchAll(/<td class="(side-\w+) fragment" data-fragment-index="(\d+)">/g)].map(
      (m) => `${m[2]} ${m[1]}`,
    );
    expect(steps).toEqual(rows.flatMap((_, i) => [`${2 * i} side-vm`, `${2 * i + 1} side-container`]));
    for (const row of rows) {
      expect(table).toContain(`<th scope="row" class="aspect">${row.aspect}</th>`);
    }
  });

  it('shows the products of each side as cards with their category', () => {
    for (const slide of slides.filter((s) => s.exhibit?.type === 'products')) {
      const cards = [...sections.get(slide.id)!.matchAll(/data-product="([^"]+)"/g)].map((m) => m[1]);
      expect(cards).toEqual(slide.products.map((p) => p.id));
      for (const product of slide.products) {
        expect(text(sections.get(slide.id)!)).toContain(`${product.name} ${categoryLabel(product.category)}`);
      }
    }
  });

  it('lists every term on the glossary pages and the slides that define them', () => {
    const glossary = slides.filter((s) => s.kind === 'glossary');
    const onGlossary = glossary.flatMap((s) =>
      [...sections.get(s.id)!.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(onGlossary).toEqual(lecture.terms.map((t) => t.id));
    for (const slide of slides.filter((s) => s.kind === 'content' && s.terms.length > 0)) {
      const defined = [...sections.get(slide.id)!.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]);
      expect(defined).toEqual(slide.terms.map((t) => t.id));
    }
  });

  it('shows the use cases, the summary and the key differences of both sides', () => {
    const useCases = text(sections.get('use-cases')!);
    for (const u of [...lecture.profiles.vm.useCases, ...lecture.profiles.container.useCases]) {
      expect(useCases).toContain(u.label);
    }
    const summary = text(sections.get('summary')!);
    for (const p of [...lecture.profiles.vm.points, ...lecture.profiles.container.points])
      expect(summary).toContain(p);
    const differences = text(sections.get('key-differences')!);
    for (const d of lecture.keyDifferences) expect(differences).toContain(`${d.aspect} ${d.text}`);
  });

  it('cites each content slide’s sources by their number in the reference list, as "[1], [3]"', () => {
    const slide = slides.find((s) => s.id === 'comparison')!;
    const numbers = slide.references.map((r) => lecture.references.indexOf(r) + 1).sort((a, b) => a - b);
    expect(numbers.length).toBeGreaterThan(1);
    expect(text(sections.get('comparison')!)).toContain(`Sources ${numbers.map((n) => `[${n}]`).join(', ')}`);
  });
});
