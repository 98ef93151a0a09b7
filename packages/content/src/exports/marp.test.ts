import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import { slideSequence } from '../slide-sequence.ts';
import { exportMarp, marpNotes } from './marp.ts';
import { everySpecial, hostileLecture } from './test-support/hostile-lecture.ts';

/** Renders with Marp's own engine, as Marp CLI and the VS Code extension do. */
function render(markdown: string) {
  const { html, comments } = new Marp().render(markdown);
  const sections = [...html.matchAll(/<section\b[^>]*>[\s\S]*?<\/section>/g)].map((m) => m[0]);
  return { html, comments, sections };
}

/** What a section shows, without tags and with entities decoded. */
const visible = (section: string) =>
  section
    .replace(/<\/?(?:a|strong)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('Marp export', () => {
  const slides = slideSequence(lecture);
  const { comments, sections } = render(exportMarp(lecture));

  it('makes one Marp slide per entry of the slide sequence', () => {
    expect(sections).toHaveLength(slides.length);
    expect(comments).toHaveLength(slides.length);
  });

  it('gives every slide its speaker notes, and nothing else as notes', () => {
    expect(comments).toEqual(slides.map((s) => [s.notes]));
  });

  it('shows each slide’s title, bullets and what it exhibits', () => {
    slides.forEach((slide, i) => {
      const shown = visible(sections[i]!);
      expect(shown).toContain(slide.title);
      for (const bullet of slide.bullets) expect(shown).toContain(bullet);
      for (const term of slide.terms) expect(shown).toContain(term.definition);
      for (const product of slide.products) expect(shown).toContain(product.name);
    });
    const comparison = sections[slides.findIndex((s) => s.exhibit?.type === 'comparison')]!;
    expect(comparison.match(/<tr>/g)).toHaveLength(lecture.comparison.rows.length + 1);
    const figure = slides.findIndex((s) => s.exhibit?.type === 'figure');
    expect(visible(sections[figure]!)).toContain(lecture.figures[0]!.alt);
    expect(visible(sections[0]!)).toContain('Junghyun Kim (김정현)');
  });

  it('numbers the references across pages of the reference list', () => {
    const second = slides.findIndex((s) => s.id === 'references-2');
    expect(sections[second]).toMatch(/<ol start="4">/);
  });

  it('sets title, language and page numbers in the front matter, and the stamp in the footer', () => {
    const { html } = render(exportMarp(lecture));
    expect(html).toMatch(/<section[^>]*\blang="en"/);
    expect(html).toContain('data-paginate="true"');
    expect(html).toMatch(/<footer>VM vs Container · v\d+\.\d+\.\d+[^ ]* · [0-9a-f]{8}<\/footer>/);
  });

  it('keeps notes from closing their comment or reading as a Marp directive', () => {
    expect(marpNotes('a --> b ---> c')).toBe('a - -> b -- -> c');
    expect(marpNotes('class: lead')).toBe('Note: class: lead');
    expect(marpNotes('Tell the story: in order.')).toBe('Tell the story: in order.');
  });

  it('carries hostile text through unchanged, and hostile notes stay notes', () => {
    const hostile = hostileLecture();
    const hostileSlides = slideSequence(hostile);
    const { comments: notes, sections: shown, html } = render(exportMarp(hostile));
    expect(shown).toHaveLength(hostileSlides.length);
    expect(notes).toEqual(hostileSlides.map((s) => [marpNotes(s.notes)]));
    expect(notes[1]).toEqual(['Note: class: lead\n- -> not the end <!-- nor a comment - ->']);
    expect(notes[2]).toEqual(['Note: paginate: false']);
    // The notes did not act as directives: only the title and closing slides are "lead".
    expect(shown.filter((s) => /class="lead"/.test(s))).toHaveLength(2);
    expect(html).not.toContain('data-paginate="false"');

    const first = visible(shown[1]!).replace(/\u2060/g, '');
    expect(first).toContain(hostileSlides[1]!.title);
    expect(first).toContain('- not a bullet --- ***');
    const glossary = visible(shown[hostileSlides.findIndex((s) => s.kind === 'glossary')]!).replace(
      /\u2060/g,
      '',
    );
    expect(glossary).toContain(everySpecial.replace(/\s+/g, ' '));
    expect(html).not.toMatch(/<(?:em|b|code|s|del)>|class="emoji"|<a href="https:\/\/x\.test">link/);
  });
});
