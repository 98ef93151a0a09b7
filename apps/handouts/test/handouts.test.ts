// The rendered PDFs, read back as a student's viewer reads them: every word of the lecture is there, on the
// page, in the embedded Korean font, with page numbers, links, bookmarks and metadata. Page 1 of each is
// kept as a PNG in test-results/ to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authorLine, getFigure, type Lecture, lecture, type StackFigure, slideSequence } from '@vmvc/content';
import { layoutArchitecture } from '@vmvc/design';
import { collapse, pdfFonts, type ReadPdf, readPdf, renderPdfPage, squeeze } from '@vmvc/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyPointsLabel } from '../src/components/LectureSection.tsx';
import { margins, type PaperId, papers as paperSizes } from '../src/documents/paper.ts';
import { fileName, type RenderOptions } from '../src/documents/variants.ts';
import { renderPdf } from '../src/render/render-pdf.ts';
import { crowdedLecture, freshLecture } from './fixtures.ts';

const results = fileURLToPath(new URL('../test-results', import.meta.url));
const papers: PaperId[] = ['a4', 'letter'];
const jobs: RenderOptions[] = [
  ...papers.flatMap((paper) =>
    (['handout', 'summary', 'notes'] as const).map((variant) => ({ variant, paper })),
  ),
  ...papers.map((paper) => ({ variant: 'notes', paper, speaker: true }) as const),
];

interface Rendered {
  file: string;
  path: string;
  bytes: Buffer;
  pdf: ReadPdf;
}
const rendered = new Map<string, Rendered>();
const get = (file: string) => rendered.get(file) as Rendered;

beforeAll(async () => {
  mkdirSync(results, { recursive: true });
  for (const job of jobs) {
    const file = fileName(job);
    const { bytes } = await renderPdf(lecture, job);
    const path = join(results, file);
    writeFileSync(path, bytes);
    rendered.set(file, { file, path, bytes, pdf: await readPdf(bytes) });
  }
});

const slides = slideSequence(lecture);
/** The figure that sets VMs beside containers, whose every label the handouts print. */
function architectureOf(l: Lecture): StackFigure {
  const figure = getFigure('architecture', l);
  if (figure?.kind !== 'stacks') throw new Error('expected the architecture figure, drawn as stacks');
  return figure;
}
const figureLabels = (l: Lecture) =>
  layoutArchitecture(architectureOf(l)).stacks.flatMap((s) => [s.title, ...s.boxes.map((b) => b.label)]);

/** The number of the first page whose text holds `needle` (whitespace ignored), or -1. */
const pageOf = (pdf: ReadPdf, needle: string) =>
  pdf.pages.findIndex((p) => squeeze(p.text).includes(squeeze(needle)));

describe.each(papers)('the handout on %s', (paper) => {
  const handout = () => get(fileName({ variant: 'handout', paper })).pdf;

  it('prints the title block: title, Junghyun Kim (김정현), the date and the content stamp', async () => {
    const { contentStamp } = await import('@vmvc/content');
    const first = collapse(handout().pages[0]?.text ?? '');
    expect(first).toContain(lecture.meta.title);
    expect(first).toContain(authorLine(lecture.meta.authors));
    expect(first).toContain('Junghyun Kim (김정현)');
    expect(first).toContain('24 September 2024');
    expect(first).toContain(contentStamp(lecture).text);
  });

  it("prints every section's title and prose, in lecture order", () => {
    const text = squeeze(handout().text);
    let previous = -1;
    for (const [i, section] of lecture.sections.entries()) {
      const at = text.indexOf(squeeze(`${i + 1}. ${section.title}`));
      expect(at, section.title).toBeGreaterThan(previous);
      previous = at;
      for (const paragraph of section.prose)
        expect(text, paragraph.slice(0, 40)).toContain(squeeze(paragraph));
    }
  });

  it("prints every bullet of every slide, each section's under its heading and before its prose", () => {
    const pdf = handout();
    // Whitespace made one space, as the sync test between deck and handout compares.
    const text = collapse(pdf.text);
    // The closing slide's "Questions and discussion" is for the room, not the reader: left out.
    for (const slide of slides.filter((s) => s.kind !== 'closing')) {
      for (const bullet of slide.bullets) expect(text, `${slide.id}: ${bullet}`).toContain(collapse(bullet));
    }
    const squeezed = squeeze(pdf.text);
    for (const [i, section] of lecture.sections.entries()) {
      const bullets = slides.filter((s) => s.section?.id === section.id).flatMap((s) => s.bullets);
      if (bullets.length === 0) continue;
      const heading = squeezed.indexOf(squeeze(`${i + 1}. ${section.title}`));
      const label = squeezed.indexOf(squeeze(keyPointsLabel.toUpperCase()), heading);
      let at = label;
      for (const bullet of bullets) {
        const next = squeezed.indexOf(squeeze(bullet), at);
        expect(next, `${section.id}: "${bullet}" in slide order`).toBeGreaterThan(at);
        at = next;
      }
      const prose = section.prose[0];
      if (prose) expect(squeezed.indexOf(squeeze(prose), heading), section.id).toBeGreaterThan(at);
    }
  });

  it('holds every comparison row, both sides, each row whole on one page', () => {
    const pdf = handout();
    for (const row of lecture.comparison.rows) {
      const page = pageOf(pdf, row.vm);
      expect(page, row.id).toBeGreaterThanOrEqual(0);
      const text = squeeze(pdf.pages[page]?.text ?? '');
      for (const cell of [row.aspect, row.vm, row.container]) expect(text, row.id).toContain(squeeze(cell));
    }
  });

  it('keeps no row of a product table alone on a page', () => {
    const pdf = handout();
    for (const kind of ['vm', 'container'] as const) {
      const pages = lecture.products.filter((p) => p.kind === kind).map((p) => pageOf(pdf, p.description));
      const counts = new Map<number, number>();
      for (const page of pages) counts.set(page, (counts.get(page) ?? 0) + 1);
      // One page holds the table, or each page it spans holds two rows or more.
      if (counts.size > 1)
        for (const [page, rows] of counts) expect(rows, `${kind} page ${page + 1}`).toBeGreaterThan(1);
      expect(pages.every((page) => page >= 0)).toBe(true);
    }
  });

  it('holds every product with its category, vendor and licence, each row on one page', async () => {
    const { categoryLabel, licenseLabel } = await import('@vmvc/content');
    const pdf = handout();
    for (const product of lecture.products) {
      const page = pageOf(pdf, product.description);
      expect(page, product.id).toBeGreaterThanOrEqual(0);
      const text = squeeze(pdf.pages[page]?.text ?? '');
      for (const cell of [
        product.name,
        categoryLabel(product.category),
        product.vendor,
        licenseLabel(product.license),
      ]) {
        expect(text, product.id).toContain(squeeze(cell));
      }
    }
  });

  it('holds the use cases, the profiles and the key differences', () => {
    const text = squeeze(handout().text);
    for (const side of ['vm', 'container'] as const) {
      const profile = lecture.profiles[side];
      for (const item of [...profile.points, ...profile.useCases.map((u) => u.label)]) {
        expect(text).toContain(squeeze(item));
      }
    }
    for (const d of lecture.keyDifferences) expect(text).toContain(squeeze(`${d.aspect}${d.text}`));
  });

  it('holds every glossary term with its definition', () => {
    const text = squeeze(handout().text);
    for (const term of lecture.terms)
      expect(text, term.id).toContain(squeeze(`${term.term}${term.definition}`));
  });

  it('lists every reference: Korean title, English title, the URL as text and as a link', () => {
    const pdf = handout();
    const text = squeeze(pdf.text);
    const links = pdf.pages.flatMap((p) => p.links);
    for (const [i, reference] of lecture.references.entries()) {
      expect(text).toContain(squeeze(`[${i + 1}]`));
      expect(text, reference.id).toContain(squeeze(reference.title));
      if (reference['translated-title']) expect(text).toContain(squeeze(reference['translated-title']));
      expect(text, reference.id).toContain(reference.URL);
      expect(links, reference.id).toContain(reference.URL);
    }
  });

  it('draws the architecture figure as text and vectors, every layer labelled', () => {
    const text = squeeze(handout().text);
    for (const label of figureLabels(lecture)) expect(text).toContain(squeeze(label));
  });

  it('has the running header and "Page N of M" on every page', () => {
    const { pages } = handout();
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, page] of pages.entries()) {
      const text = collapse(page.text);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text, `page ${i + 1}`).toContain(`${lecture.meta.title} — Handout`);
    }
  });

  it('has a bookmark for every section, the glossary and the references', () => {
    expect(handout().outline).toEqual([
      lecture.meta.title,
      ...lecture.sections.map((s, i) => `${i + 1}. ${s.title}`),
      lecture.frame.glossary.title,
      lecture.frame.bibliography.title,
    ]);
  });

  it("carries title, author, subject, keywords, language and the lecture's date as metadata", () => {
    const { info } = handout();
    expect(info.Title).toBe(`${lecture.meta.title} — Handout`);
    expect(info.Author).toBe('Junghyun Kim (김정현)');
    expect(info.Subject).toBe(lecture.meta.subtitle);
    expect(info.Keywords).toBe(lecture.meta.keywords.join(', '));
    expect(info.Language).toBe(lecture.meta.language);
    expect(String(info.CreationDate)).toMatch(/^D:20240924000000/);
  });
});

describe.each(papers)('the summary on %s', (paper) => {
  const summary = () => get(fileName({ variant: 'summary', paper })).pdf;

  it('is exactly one page', () => {
    expect(summary().pages).toHaveLength(1);
  });

  it('holds the comparison table, the figure and every term', () => {
    const text = squeeze(summary().text);
    for (const row of lecture.comparison.rows) {
      for (const cell of [row.aspect, row.vm, row.container]) expect(text, row.id).toContain(squeeze(cell));
    }
    // The key differences are left to the handout because the table says each of them: every aspect a key
    // difference names ("Portability and speed") is a row of the comparison.
    const aspects = new Set(lecture.comparison.rows.map((row) => row.aspect.toLowerCase()));
    for (const d of lecture.keyDifferences) {
      for (const part of d.aspect.toLowerCase().split(' and ')) expect(aspects, d.aspect).toContain(part);
    }
    for (const label of figureLabels(lecture)) expect(text).toContain(squeeze(label));
    for (const term of lecture.terms)
      expect(text, term.id).toContain(squeeze(`${term.term}${term.definition}`));
    expect(collapse(summary().text)).toContain('Page 1 of 1');
  });
});

describe.each(papers)('the notes on %s', (paper) => {
  const notes = () => get(fileName({ variant: 'notes', paper })).pdf;

  it('has one card per slide of the sequence, two to a page, in order', () => {
    const { pages } = notes();
    expect(pages).toHaveLength(Math.ceil(slides.length / 2));
    for (const [i, page] of pages.entries()) {
      const labels = [...collapse(page.text).matchAll(/Slide (\d+) of (\d+)/g)];
      const expected = slides.slice(i * 2, i * 2 + 2).map((s) => s.number);
      expect(
        labels.map((m) => Number(m[1])),
        `page ${i + 1}`,
      ).toEqual(expected);
      for (const m of labels) expect(Number(m[2])).toBe(slides.length);
      expect(collapse(page.text)).toContain(`Page ${i + 1} of ${pages.length}`);
    }
  });

  it("draws each slide's title, bullets and exhibit from the content", () => {
    const text = squeeze(notes().text);
    for (const slide of slides) {
      expect(text, slide.id).toContain(squeeze(slide.title));
      for (const bullet of slide.bullets) expect(text, slide.id).toContain(squeeze(bullet));
    }
    for (const row of lecture.comparison.rows) expect(text).toContain(squeeze(`${row.vm}`));
    for (const product of lecture.products) expect(text).toContain(squeeze(product.name));
    for (const term of lecture.terms) expect(text).toContain(squeeze(term.term));
    for (const reference of lecture.references) {
      expect(text).toContain(squeeze(reference.title));
      expect(text).toContain(reference.URL);
    }
    for (const label of figureLabels(lecture)) expect(text).toContain(squeeze(label));
  });

  it("leaves the speaker notes out of the students' copy", () => {
    const text = squeeze(notes().text);
    for (const slide of slides) expect(text).not.toContain(squeeze(slide.notes));
  });
});

describe.each(papers)('legible print on %s', (paper) => {
  /**
   * The text runs set below `floor` pt, as `size: text`. The margin is only for the text matrix's rounding
   * (7 pt reads back as 6.9999…): 6.97 pt is below 7.
   */
  const below = (pdf: ReadPdf, floor: number) =>
    pdf.pages.flatMap((page) =>
      page.items
        .filter((item) => item.str.trim() && item.size < floor - 0.001)
        .map((i) => `${i.size.toFixed(3)}: ${i.str}`),
    );

  it.each(['handout', 'summary'] as const)(
    'sets no text of the %s below 8 pt, figure labels included',
    (variant) => {
      expect(below(get(fileName({ variant, paper })).pdf, 8)).toEqual([]);
    },
  );

  it('keeps the summary on one page at that size', () => {
    expect(get(fileName({ variant: 'summary', paper })).pdf.pages).toHaveLength(1);
  });

  it('draws every notes card at 7 pt or more, figure labels included', () => {
    const { pdf } = get(fileName({ variant: 'notes', paper }));
    expect(below(pdf, 7)).toEqual([]);
  });

  it('sets the speaker notes at 10 pt or more under each card, a slide a page', () => {
    const speaker = get(fileName({ variant: 'notes', paper, speaker: true }));
    expect(speaker.pdf.pages).toHaveLength(slides.length);
    expect(below(speaker.pdf, 7)).toEqual([]);
    // Under the card: below a card as wide as the page's text, 9/16 as tall, under its "Slide N" label.
    const { width, height } = paperSizes[paper];
    const cardBottom = height - margins.top - 13 - ((width - margins.left - margins.right) * 9) / 16;
    for (const [i, page] of speaker.pdf.pages.entries()) {
      const notes = page.items.filter(
        (item) => item.str.trim() && item.y < cardBottom && item.y > margins.bottom,
      );
      const slide = slides[i];
      expect(squeeze(notes.map((item) => item.str).join('')), slide?.id).toBe(squeeze(slide?.notes ?? ''));
      expect(Math.min(...notes.map((item) => item.size)), slide?.id).toBeGreaterThanOrEqual(10);
    }
  });
});

describe("the lecturer's notes (--speaker)", () => {
  it('prints the speaker notes of every slide under its card', () => {
    const { pdf } = get('notes-speaker-a4.pdf');
    for (const [i, page] of pdf.pages.entries()) {
      const text = squeeze(page.text);
      const slide = slides[i];
      expect(text, slide?.id).toContain(squeeze(slide?.notes ?? ''));
    }
    expect(pdf.info.Title).toBe(`${lecture.meta.title} — Speaker notes`);
  });
});

describe('every variant on every paper', () => {
  const all = () => [...rendered.values()];

  it('keeps every line of text inside the page margins', () => {
    for (const { file, pdf } of all()) {
      for (const [n, page] of pdf.pages.entries()) {
        for (const item of page.items) {
          if (item.str.trim() === '') continue;
          const where = `${file} page ${n + 1}: "${item.str}"`;
          expect(item.x, where).toBeGreaterThanOrEqual(margins.left - 1);
          expect(item.x + item.width, where).toBeLessThanOrEqual(page.width - margins.right + 1);
          expect(item.y, where).toBeGreaterThan(0);
          expect(item.y, where).toBeLessThan(page.height);
        }
      }
    }
  });

  it('sets all text in the embedded Noto Sans KR, never in a built-in font', () => {
    for (const { file, bytes } of all()) {
      const fonts = pdfFonts(bytes);
      expect(fonts.length, file).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.name, file).toMatch(/^[A-Z]{6}\+NotoSansKR-(Regular|Bold)$/);
        // Embedded as a subset, with a Unicode map so that text can be copied and searched.
        expect(font, file).toMatchObject({
          type: 'Type0',
          encoding: 'Identity-H',
          embedded: true,
          unicode: true,
        });
      }
    }
  });

  it('never inserts a hyphen: a line ending in "-" ends with a hyphen the lecture wrote', () => {
    const source = squeeze(JSON.stringify(freshLecture()));
    for (const { file, pdf } of all()) {
      for (const page of pdf.pages) {
        const lines = page.text.split('\n');
        for (const [i, line] of lines.entries()) {
          if (!line.trimEnd().endsWith('-')) continue;
          const tail = line.trimEnd().split(/\s+/).at(-1) ?? '';
          const head = (lines[i + 1] ?? '').trimStart().split(/\s+/)[0] ?? '';
          expect(source, `${file}: "${tail}" + "${head}"`).toContain(`${tail}${head}`);
        }
      }
    }
  });

  it('draws the Hangul, not only its text: the author line has ink where 김정현 is', () => {
    // A font can extract correctly and still draw nothing: look at the pixels under the Korean name.
    const dpi = 150;
    for (const { file, bytes, pdf } of all()) {
      expect(pdf.pages[0]?.text, file).toContain('김정현');
      const picture = renderPdfPage(bytes, 1, dpi);
      writeFileSync(join(results, `${file.replace(/\.pdf$/, '')}-page1.png`), picture.png);
      // Where the glyphs of the Korean name are placed: the running footer's credit comes first on the page.
      const box = picture.textBox('김정현');
      expect(box, file).not.toBeNull();
      if (!box) continue;
      const ink = picture.inkShare({
        x: box.x,
        y: box.y - 0.2 * box.height,
        width: box.width,
        height: 1.2 * box.height,
      });
      expect(ink, `${file}: share of dark pixels under 김정현`).toBeGreaterThan(0.08);
    }
  });

  it('gives byte-identical PDFs when rendered again', async () => {
    for (const job of [jobs[0], jobs[4]] as RenderOptions[]) {
      const again = await renderPdf(lecture, job);
      expect(Buffer.compare(again.bytes, get(fileName(job)).bytes), fileName(job)).toBe(0);
    }
  });
});

describe('a lecture other than the shipped one', () => {
  it('breaks a long URL in prose where a URL may break, and keeps it and a long word inside the margins', async () => {
    const long = freshLecture();
    // 126 characters, the length that ran off the page, and the longest word the rules allow (60).
    const url = `https://learn.microsoft.com/ko-kr/virtualization/windowscontainers/about/${'containers-vs-vm/'.repeat(3)}xy`;
    const word = 'Hypervisorcontainerisationcompatibilityconsiderationsoverall';
    expect([url.length, word.length]).toEqual([126, 60]);
    long.sections[0]!.prose[0] = `The details are at ${url} and in the word ${word}, read them.`;
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await readPdf((await renderPdf(long, { variant: 'handout', paper })).bytes);
      for (const [n, page] of pdf.pages.entries()) {
        for (const item of page.items.filter((i) => i.str.trim() !== '')) {
          expect(item.x + item.width, `${paper} page ${n + 1}: "${item.str}"`).toBeLessThanOrEqual(
            page.width - margins.right + 1,
          );
        }
      }
      // Every character is there, in order, and no "-" was added inside the URL.
      expect(squeeze(pdf.text)).toContain(squeeze(url));
      expect(squeeze(pdf.text)).toContain(word);
      const urlLines = pdf.pages[0]!.items.filter(
        (i) => i.str.includes('learn.microsoft') || i.str.includes('containers-vs-vm'),
      );
      expect(urlLines.length, paper).toBeGreaterThan(1);
      for (const line of urlLines) expect(line.str.trimEnd(), paper).not.toMatch(/-$/);
    }
  });

  it('prints a section added to the content, with its exhibit, without any change to the app', async () => {
    const changed = freshLecture();
    changed.sections.splice(2, 0, {
      id: 'unikernels',
      title: 'A note on unikernels',
      prose: ['A unikernel links an application with only the operating system services it needs.'],
      references: ['gabia-server-virtualization'],
      slides: [
        {
          id: 'unikernels',
          title: 'Unikernels',
          bullets: ['One application, one address space'],
          exhibit: { type: 'key-differences' },
          notes: 'Mention them briefly.',
        },
      ],
    });
    const handout = await readPdf((await renderPdf(changed, { variant: 'handout', paper: 'a4' })).bytes);
    const text = squeeze(handout.text);
    expect(text).toContain(squeeze('3. A note on unikernels'));
    expect(text).toContain(squeeze(changed.sections[2]?.prose[0] ?? ''));
    expect(text).toContain(squeeze('One application, one address space'));
    expect(handout.outline).toContain('3. A note on unikernels');
    const notes = await readPdf((await renderPdf(changed, { variant: 'notes', paper: 'a4' })).bytes);
    expect(collapse(notes.text)).toContain(`Slide 21 of ${slides.length + 1}`);
    expect(squeeze(notes.text)).toContain('Unikernels');
  });

  it('refuses a glossary too long for the one-page summary rather than set it under 8 pt', async () => {
    const longer = freshLecture();
    longer.terms.push(
      ...longer.terms.slice(0, 8).map((t) => ({ ...t, id: `${t.id}-again`, term: `${t.term} (again)` })),
    );
    for (const paper of papers) {
      await expect(renderPdf(longer, { variant: 'summary', paper }), paper).rejects.toThrow(
        /^summary \((A4|US Letter)\): .* take 2 pages at 8 pt, the smallest type print allows: expected one page; shorten the glossary's definitions in packages\/content\/src\/data\/terms\.ts/,
      );
    }
  });

  it('refuses a slide too crowded for a notes card, naming it, rather than cutting it off', async () => {
    const { lecture: crowded } = crowdedLecture();
    await expect(renderPdf(crowded, { variant: 'notes', paper: 'a4' })).rejects.toThrow(
      /^sections\[0\]\.slides\[0\] \("why-isolation"\): .* do not fit a notes card/,
    );
  });
});
