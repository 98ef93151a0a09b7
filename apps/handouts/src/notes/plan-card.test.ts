import { lecture, slideSequence } from '@vmvc/content';
import type { TextMeasure } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { bulletIndent, bulletMarker, cardContent, cardType, planCard, slideUnits } from './plan-card.ts';

// Half an em per character: near enough to Noto Sans KR's Latin for planning tests.
const measure: TextMeasure = (text, size) => text.length * size * 0.5;
const slides = slideSequence(lecture);
const slide = (id: string) => slides.find((s) => s.id === id) as (typeof slides)[number];

describe('cardContent', () => {
  it('shows what the slide shows: title, bullets, and its table or figure', () => {
    const comparison = cardContent(slide('comparison'), lecture);
    expect(comparison.title).toBe('VMs and containers compared');
    expect(comparison.grid?.map((row) => row.cells[1]?.text)).toEqual([
      lecture.comparison.columns.vm,
      ...lecture.comparison.rows.map((r) => r.vm),
    ]);
    const figure = cardContent(slide('architecture-figure'), lecture);
    expect(figure.figure?.id).toBe('architecture');
    expect(figure.bullets).toEqual(slide('architecture-figure').bullets);
  });

  it('numbers the pages of a paginated glossary and lists the terms of its page', () => {
    const glossary = slides.filter((s) => s.kind === 'glossary');
    const content = glossary.map((s) => cardContent(s, lecture));
    expect(content.map((c) => c.title)).toEqual(
      glossary.map((_, i) => `Glossary (${i + 1}/${glossary.length})`),
    );
    expect(content.flatMap((c) => c.grid?.map((row) => row.cells[0]?.text))).toEqual(
      lecture.terms.map((t) => t.term),
    );
  });

  it('numbers the agenda’s sections as the deck does, and dots every other slide’s bullets', () => {
    const agenda = cardContent(slide('agenda'), lecture);
    expect(agenda.bullets).toEqual(lecture.sections.map((s) => s.title));
    expect(agenda.bullets.map((_, i) => bulletMarker(agenda, i))).toEqual(
      lecture.sections.map((_, i) => `${i + 1}.`),
    );
    const vms = cardContent(slide('virtual-machines'), lecture);
    expect(vms.bullets.map((_, i) => bulletMarker(vms, i))).toEqual(vms.bullets.map(() => '•'));
    // "10. " is wider than a dot's indent: the agenda's text starts after the widest number.
    expect(planCard(agenda, measure).bulletIndent).toBeGreaterThanOrEqual(measure('10. ', cardType.bullet));
    expect(planCard(vms, measure).bulletIndent).toBe(bulletIndent);
  });
});

describe('planCard', () => {
  it('keeps the full type size when the slide fits', () => {
    const plan = planCard(cardContent(slide('virtualization-levels'), lecture), measure);
    expect(plan.fit).toBe(1);
    expect(plan.fits).toBe(true);
    expect(plan.bulletLines).toHaveLength(4);
  });

  it('lowers the type size until a crowded slide fits, breaking every line to its width', () => {
    const crowded = cardContent(slide('virtualization-levels'), lecture);
    crowded.bullets = [...crowded.bullets, ...crowded.bullets, ...crowded.bullets];
    const plan = planCard(crowded, measure);
    expect(plan.fit).toBeLessThan(1);
    expect(plan.fits).toBe(true);
    const width = slideUnits.width - 2 * 18;
    for (const line of plan.bulletLines.flat())
      expect(measure(line, 13 * plan.fit)).toBeLessThanOrEqual(width);
  });

  it('says so when even the smallest type cannot hold the slide', () => {
    const endless = cardContent(slide('virtualization-levels'), lecture);
    endless.bullets = Array(60).fill('A bullet that goes on and on about isolation and resources');
    expect(planCard(endless, measure).fits).toBe(false);
  });

  it('scales the figure down to the room the bullets leave', () => {
    const plan = planCard(cardContent(slide('architecture-figure'), lecture), measure);
    expect(plan.figureSize?.width).toBeLessThanOrEqual(slideUnits.width - 2 * 18 + 1e-9);
    expect(plan.fits).toBe(true);
  });
});
