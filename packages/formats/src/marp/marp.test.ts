import { Marp } from '@marp-team/marp-core';
import { type Lecture, lecture, slideSequence } from '@vmvc/content';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { everySpecial, hostileLecture } from '../test-support/hostile-lecture.ts';
import { largeLecture } from '../test-support/large-lecture.ts';
import { maxShownUrl } from './fit-slide.ts';
import type { MarpFont } from './font-face-rules.ts';
import { exportMarp, marpLayout, marpNotes, marpText } from './marp.ts';
import { marpFont } from './marp-font.ts';

/** Renders with Marp's own engine, as Marp CLI and the VS Code extension do. */
function render(markdown: string) {
  const { html, css, comments } = new Marp().render(markdown);
  const sections = [...html.matchAll(/<section\b[^>]*>[\s\S]*?<\/section>/g)].map((m) => m[0]);
  return { html, css, comments, sections };
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

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The Marp slides of each slide of the sequence: its first page's index and how many pages it takes. */
function pagesOf(from: Lecture) {
  let next = 0;
  return marpLayout(from).map((fitted) => {
    const first = next;
    next += fitted.pages.length;
    return { first, count: fitted.pages.length };
  });
}

describe('Marp export', () => {
  const slides = slideSequence(lecture);
  const pages = pagesOf(lecture);
  const { comments, sections } = render(exportMarp(lecture));
  /** Everything the Marp slides of sequence slide `i` show, in order. */
  const shownOf = (i: number) =>
    sections
      .slice(pages[i]!.first, pages[i]!.first + pages[i]!.count)
      .map(visible)
      .join(' ');

  it('puts each slide of the sequence on one Marp slide, or on continuation slides that say so', () => {
    expect(sections).toHaveLength(pages.reduce((sum, p) => sum + p.count, 0));
    expect(pages.filter((p) => p.count > 1).length).toBeGreaterThan(0);
    slides.forEach((slide, i) => {
      const { first, count } = pages[i]!;
      if (slide.page || count === 1) return;
      for (let page = 0; page < count; page += 1) {
        expect(visible(sections[first + page]!)).toContain(`${slide.title} (${page + 1}/${count})`);
      }
    });
  });

  it('numbers glossary and reference pages across the whole run of them', () => {
    for (const kind of ['glossary', 'references'] as const) {
      const run = slides.flatMap((s, i) => (s.kind === kind ? [i] : []));
      const total = run.reduce((sum, i) => sum + pages[i]!.count, 0);
      const headings = run.flatMap((i) =>
        sections
          .slice(pages[i]!.first, pages[i]!.first + pages[i]!.count)
          .map((s) => /<h2[^>]*>([^<]*)<\/h2>/.exec(s)?.[1]),
      );
      expect(headings).toEqual(
        Array.from({ length: total }, (_, k) => `${slides[run[0]!]!.title} (${k + 1}/${total})`),
      );
    }
  });

  it('gives each slide its speaker notes on its first page, and nothing else as notes', () => {
    const expected = slides.flatMap((s, i) => [
      [s.notes],
      ...Array.from({ length: pages[i]!.count - 1 }, () => []),
    ]);
    expect(comments).toEqual(expected);
  });

  it('shows each slide’s title, bullets and what it exhibits', () => {
    slides.forEach((slide, i) => {
      const shown = shownOf(i);
      expect(shown).toContain(slide.title);
      for (const bullet of slide.bullets) expect(shown).toContain(oneLine(bullet));
      for (const term of slide.terms) expect(shown).toContain(oneLine(term.definition));
      for (const product of slide.products) expect(shown).toContain(product.name);
    });
    const comparison = slides.findIndex((s) => s.exhibit?.type === 'comparison');
    const rows = sections.slice(
      pages[comparison]!.first,
      pages[comparison]!.first + pages[comparison]!.count,
    );
    // The header row on every page, each row of the data once.
    const tr = rows.reduce((sum, s) => sum + (s.match(/<tr>/g)?.length ?? 0), 0);
    expect(tr).toBe(lecture.comparison.rows.length + rows.length);
    for (const row of lecture.comparison.rows) expect(shownOf(comparison)).toContain(row.container);
    const figure = slides.findIndex((s) => s.exhibit?.type === 'figure');
    expect(shownOf(figure)).toContain(lecture.figures[0]!.alt);
    expect(visible(sections[0]!)).toContain('Junghyun Kim (김정현)');
  });

  it('numbers the references as in the whole list, page after page', () => {
    const second = slides.findIndex((s) => s.id === 'references-2');
    expect(sections[pages[second]!.first]).toMatch(/<ol start="4">/);
  });

  it('sets title, size, language and page numbers in the front matter, and the stamp in the footer', () => {
    const { html } = render(exportMarp(lecture));
    expect(exportMarp(lecture)).toMatch(/^---\nmarp: true\nsize: 16:9\n/);
    expect(html).toMatch(/<section[^>]*\blang="en"/);
    expect(html).toContain('data-paginate="true"');
    expect(html).toMatch(/<footer>VM vs Container · v\d+\.\d+\.\d+[^ ]* · [0-9a-f]{8}<\/footer>/);
  });

  it('defines every class its slides use in the stylesheet Marp takes from the Markdown', () => {
    const { css, html } = render(exportMarp(lecture));
    const used = new Set(
      [...html.matchAll(/<section[^>]*\bclass="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')),
    );
    expect([...used].sort()).toEqual(['columns', 'lead', 'small', 'smaller']);
    for (const name of used) expect(css).toMatch(new RegExp(`section\\.${name}\\b[^{]*\\{`));
    // The title and the closing slide, and nothing else, are lead slides.
    expect(sections.filter((s) => /class="[^"]*\blead\b/.test(s))).toHaveLength(2);
  });

  it('keeps a slide that shows nothing but its title', () => {
    const bare = freshLecture();
    const [section] = bare.sections;
    section!.references = [];
    section!.slides[0] = { ...section!.slides[0]!, bullets: [], terms: [], exhibit: undefined };
    const shown = render(exportMarp(bare)).sections;
    expect(shown).toHaveLength(render(exportMarp(lecture)).sections.length);
    // Slide 3: the title and the agenda come first.
    expect(visible(shown[2]!).trim()).toMatch(
      new RegExp(`^${section!.slides[0]!.title.replace('?', '\\?')} VM vs`),
    );
  });

  it('keeps notes from closing their comment or reading as a Marp directive', () => {
    expect(marpNotes('a --> b ---> c')).toBe('a - -> b -- -> c');
    expect(marpNotes('class: lead')).toBe('Note: class: lead');
    expect(marpNotes('Tell the story: in order.')).toBe('Tell the story: in order.');
  });

  it('carries hostile text through unchanged, and hostile notes stay notes', () => {
    const hostile = hostileLecture();
    const hostileSlides = slideSequence(hostile);
    const hostilePages = pagesOf(hostile);
    const { comments: notes, sections: shown, html } = render(exportMarp(hostile));
    expect(shown).toHaveLength(hostilePages.reduce((sum, p) => sum + p.count, 0));
    expect(notes.filter((n) => n.length > 0)).toEqual(hostileSlides.map((s) => [marpNotes(s.notes)]));
    // The first section's slide, after the title and the agenda.
    const opener = hostileSlides.findIndex((s) => s.kind === 'content');
    const first = hostilePages[opener]!.first;
    expect(notes[first]).toEqual(['Note: class: lead\n- -> not the end <!-- nor a comment - ->']);
    expect(notes[hostilePages[opener + 1]!.first]).toEqual(['Note: paginate: false']);
    // The notes did not act as directives: only the title and closing slides are "lead".
    expect(shown.filter((s) => /class="[^"]*\blead\b/.test(s))).toHaveLength(2);
    expect(html).not.toContain('data-paginate="false"');

    const opening = visible(shown[first]!).replace(/\u2060/g, '');
    expect(opening).toContain(oneLine(hostileSlides[opener]!.title));
    expect(opening).toContain('- not a bullet --- ***');
    const glossary = hostileSlides.findIndex((s) => s.kind === 'glossary');
    const glossaryShown = shown
      .slice(hostilePages[glossary]!.first, hostilePages[glossary]!.first + hostilePages[glossary]!.count)
      .map(visible)
      .join(' ')
      .replace(/\u2060/g, '');
    expect(glossaryShown).toContain(oneLine(everySpecial));
    expect(html).not.toMatch(/<(?:em|b|code|s|del)>|class="emoji"|<a href="https:\/\/x\.test">link/);
  });
});

describe('Marp export of a lecture far larger than a slide', () => {
  const large = largeLecture();
  const layout = marpLayout(large);
  const { sections, html } = render(exportMarp(large));

  it('splits every long slide, and shows all its text across the continuation slides', () => {
    expect(sections).toHaveLength(layout.reduce((sum, f) => sum + f.pages.length, 0));
    // A bullet longer than a slide goes on in the first item of the next one.
    const items = sections
      .flatMap((s) => [...s.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => visible(m[1]!).trim()))
      .join(' ');
    for (const bullet of large.sections[0]!.slides[0]!.bullets) {
      if (!bullet.includes('https://')) expect(items).toContain(oneLine(bullet));
    }
  });

  it('never sets text smaller than a room can read: body 24 px, tables 19.2 px at the least', () => {
    for (const fitted of layout) expect(fitted.size).toBeGreaterThanOrEqual(24);
  });

  it('shows a web address too long for a slide shortened, linking to all of it', () => {
    const long = large.references.find((r) => r.URL.length > maxShownUrl)!.URL;
    const link = new RegExp(`<a href="${long.replace(/[.?]/g, '\\$&')}">([^<]*)</a>`).exec(html);
    expect(link?.[1]).toMatch(/^example\.org\/reference\/.*…$/);
    expect(link?.[1]).toHaveLength(maxShownUrl);
  });
});

describe('the font the deck carries', () => {
  let font: MarpFont;
  beforeAll(async () => {
    font = await marpFont(lecture);
  });

  it('is Noto Sans KR 400 and 700 cut to exactly the characters the deck shows', () => {
    const shown = new Set([...marpText(lecture)].filter((ch) => !/\s/.test(ch)));
    expect(new Set([...font.characters].filter((ch) => ch !== ' '))).toEqual(shown);
    for (const ch of '김정현컨테이너와 가상 머신 비교(/)0123456789') expect(font.characters).toContain(ch);
    for (const file of [font.regular, font.bold]) {
      expect(new TextDecoder('latin1').decode(file.subarray(0, 4))).toBe('wOF2');
      expect(file.byteLength).toBeLessThan(80_000);
    }
  });

  it('embeds both weights as @font-face rules with data: URLs, with the font’s licence notice', () => {
    const markdown = exportMarp(lecture, { font });
    const faces = [...markdown.matchAll(/@font-face \{[^}]*\}/g)].map((m) => m[0]);
    expect(faces).toHaveLength(2);
    expect(faces.map((face) => /font-weight: (\d+);/.exec(face)?.[1])).toEqual(['400', '700']);
    for (const face of faces) expect(face).toMatch(/url\("data:font\/woff2;base64,[A-Za-z0-9+/=]+"\)/);
    expect(markdown).toContain('SIL Open Font License');
    expect(exportMarp(lecture, { font })).toBe(markdown);
  });

  it('refuses a font cut for another lecture’s characters', () => {
    const other = freshLecture();
    other.meta.title = `${other.meta.title} 퀴즈`;
    expect(() => exportMarp(other, { font })).toThrow(/lacks 퀴즈/);
  });
});
