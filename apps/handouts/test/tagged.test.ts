// The PDFs as assistive technology reads them (PDF/UA-1 in intent): every variant on both papers carries a
// structure tree in reading order, read back from the StructTreeRoot (mupdf) with each element's text as
// pdfjs extracts it. Headings, paragraphs, lists, tables, figures and links match the lecture; the running
// header and footer are the only artifacts; nothing is drawn outside the tree or an artifact.
import {
  authorLine,
  authorRuns,
  categoryLabel,
  formatReference,
  getFigure,
  lecture,
  licenseLabel,
  slideSequence,
} from '@vmvc/content';
import {
  collapse,
  elementsOf,
  type ReadPdf,
  readPdf,
  readStructTree,
  type StructElement,
  type StructKid,
  type StructTree,
  squeeze,
  textOf,
} from '@vmvc/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { keyPointsLabel } from '../src/components/LectureSection.tsx';
import { stampOf } from '../src/documents/document-info.ts';
import type { PaperId } from '../src/documents/paper.ts';
import { fileName, type RenderOptions, variantLabels } from '../src/documents/variants.ts';
import { cardContent } from '../src/notes/plan-card.ts';
import { renderPdf } from '../src/render/render-pdf.ts';
import { freshLecture } from './fixtures.ts';

const papers: PaperId[] = ['a4', 'letter'];
const jobs: RenderOptions[] = [
  ...papers.flatMap((paper) =>
    (['handout', 'summary', 'notes'] as const).map((variant) => ({ variant, paper })),
  ),
  { variant: 'notes', paper: 'a4', speaker: true },
];

interface Read {
  job: RenderOptions;
  tree: StructTree;
  pdf: ReadPdf;
  /** The one Document element under the StructTreeRoot. */
  document: StructElement;
}
const read = new Map<string, Read>();
const get = (job: RenderOptions) => read.get(fileName(job)) as Read;

beforeAll(async () => {
  for (const job of jobs) {
    const { bytes } = await renderPdf(lecture, job);
    const tree = await readStructTree(bytes);
    read.set(fileName(job), {
      job,
      tree,
      pdf: await readPdf(bytes),
      document: tree.roots[0] as StructElement,
    });
  }
});

const slides = slideSequence(lecture);
const text = (kid: StructKid) => collapse(textOf(kid));
const isElement = (kid: StructKid): kid is StructElement => kid.kind === 'element';
/** The element kids of an element. */
const children = (element: StructElement) => element.kids.filter(isElement);
/** A table's rows, each cell as its role, scope and text. */
const rowsOf = (table: StructElement) =>
  elementsOf(table, 'TR').map((row) =>
    children(row).map((cell) => ({ role: cell.role, scope: cell.scope, text: text(cell) })),
  );
/** The first table whose header row reads `headers`. */
const tableHeaded = (root: StructElement, headers: string[]) => {
  const table = elementsOf(root, 'Table').find(
    (t) => JSON.stringify(rowsOf(t)[0]?.map((c) => c.text)) === JSON.stringify(headers),
  );
  if (!table) throw new Error(`no table headed ${headers.join(' | ')}`);
  return table;
};

const { comparison } = lecture;
const comparisonRows = [
  [comparison.columns.aspect, comparison.columns.vm, comparison.columns.container].map((header) => ({
    role: 'TH',
    scope: 'Column',
    text: header,
  })),
  ...comparison.rows.map((row) => [
    { role: 'TH', scope: 'Row', text: row.aspect },
    { role: 'TD', scope: undefined, text: row.vm },
    { role: 'TD', scope: undefined, text: row.container },
  ]),
];

describe.each(jobs.map((job) => [fileName(job), job] as const))('%s', (_file, job) => {
  it("is a tagged PDF in the lecture's language, titled in the viewer, claiming PDF/UA-1", () => {
    const { tree } = get(job);
    expect(tree).toMatchObject({
      marked: true,
      lang: lecture.meta.language,
      displayDocTitle: true,
      pdfuaPart: 1,
    });
    expect(tree.roots.map((r) => r.role)).toEqual(['Document']);
  });

  it('draws nothing outside the tree but artifacts, and the artifacts are the running header and footer', () => {
    const { tree } = get(job);
    const label = job.speaker ? 'Speaker notes' : variantLabels[job.variant];
    for (const page of tree.pages) {
      const where = `page ${page.number}`;
      expect(page.unmarked, `${where}: painting outside marked content`).toEqual([]);
      expect(page.orphanMcids, `${where}: marked content no element owns`).toEqual([]);
      expect(collapse(page.artifactText.join(' ')), where).toBe(
        collapse(
          [
            `${lecture.meta.title} — ${label}`,
            `content ${stampOf(lecture)}`,
            `© ${lecture.meta.date.slice(0, 4)} ${authorLine(lecture.meta.authors)} · ${lecture.meta.license}`,
            `Page ${page.number} of ${tree.pages.length}`,
          ].join(' '),
        ),
      );
    }
  });

  it('is read in the order it is drawn: the tree visits every marked sequence as the pages draw them', () => {
    const { tree, document } = get(job);
    const inTree: string[] = [];
    const visit = (kid: StructKid) => {
      if (kid.kind === 'content') inTree.push(`${kid.page}:${kid.mcid}`);
      if (kid.kind === 'element') for (const k of kid.kids) visit(k);
    };
    visit(document);
    expect(inTree).toEqual(tree.pages.flatMap((p) => p.drawnMcids.map((mcid) => `${p.number}:${mcid}`)));
  });

  it('is read by pdf.js: every page hands a viewer the Document element', () => {
    for (const page of get(job).tree.pages) {
      expect(
        page.viewerTree?.children?.map((c) => c.role),
        `page ${page.number}`,
      ).toEqual(['Document']);
    }
  });

  it('puts every link annotation in the tree, with a description, under a Link element, pages tabbed by structure', () => {
    const { tree, pdf, document } = get(job);
    const links = elementsOf(document, 'Link');
    const annotations = links.flatMap((link) => link.kids.filter((k) => k.kind === 'annotation'));
    expect(annotations.map((a) => `${a.page} ${a.uri}`).sort()).toEqual(
      pdf.pages.flatMap((p, i) => p.links.map((url) => `${i + 1} ${url}`)).sort(),
    );
    for (const annotation of annotations) expect(annotation.contents, annotation.uri).toBeTruthy();
    for (const page of tree.pages) expect(page.tabs, `page ${page.number}`).toBe('S');
  });

  it('marks every run of Hangul as Korean, and nothing else', () => {
    const { document } = get(job);
    const hangul = /\p{Script=Hangul}/u;
    const visit = (kid: StructKid, lang: string | undefined) => {
      if (kid.kind === 'content') {
        if (lang === 'ko') expect(kid.text, 'a Korean span').toMatch(hangul);
        else expect(kid.text, `${lang ?? 'the document language'}`).not.toMatch(hangul);
      }
      if (kid.kind !== 'element') return;
      for (const k of kid.kids) visit(k, kid.lang ?? lang);
    };
    visit(document, undefined);
    // The content gives the author's name in Hangul its language (the title block, the notes' title slide).
    const spans = elementsOf(document, 'Span');
    for (const run of authorRuns(lecture.meta.authors).filter((r) => r.lang)) {
      expect(
        spans.some((span) => span.lang === run.lang && text(span).includes(run.text)),
        run.text,
      ).toBe(true);
    }
  });

  it('gives every figure the alt text of the content', () => {
    const { document } = get(job);
    const figures = elementsOf(document, 'Figure');
    // The handout and the notes show every figure of the slides, in order; the summary the architecture.
    const shown =
      job.variant === 'summary'
        ? [getFigure('architecture', lecture)?.alt]
        : slides.flatMap((s) => (s.figure ? [s.figure.alt] : []));
    expect(figures.map((f) => f.alt)).toEqual(shown);
  });
});

describe.each(papers)('the handout on %s', (paper) => {
  const handout = () => get({ variant: 'handout', paper }).document;

  it('heads the lecture H1 and every section, the glossary and the references H2, in lecture order', () => {
    expect(elementsOf(handout(), 'H1').map(text)).toEqual([lecture.meta.title]);
    expect(elementsOf(handout(), 'H2').map(text)).toEqual([
      ...lecture.sections.map((s, i) => `${i + 1}. ${s.title}`),
      lecture.frame.glossary.title,
      lecture.frame.bibliography.title,
    ]);
  });

  it("sets each section's prose as paragraphs after its heading, its slides' bullets as a list before them", () => {
    const top = children(handout());
    for (const [i, section] of lecture.sections.entries()) {
      const at = top.findIndex((e) => e.role === 'H2' && text(e) === `${i + 1}. ${section.title}`);
      const next = top.findIndex((e, j) => j > at && e.role === 'H2');
      const body = top.slice(at + 1, next);
      const paragraphs = body.filter((e) => e.role === 'P').map(text);
      expect(paragraphs, section.id).toEqual(expect.arrayContaining(section.prose.map(collapse)));
      const bullets = [
        ...new Set(slides.filter((s) => s.section?.id === section.id).flatMap((s) => s.bullets)),
      ];
      if (bullets.length === 0) continue;
      const label = body.findIndex((e) => text(e) === keyPointsLabel.toUpperCase());
      const list = body[label + 1];
      expect(list?.role, section.id).toBe('L');
      expect(
        elementsOf(list as StructElement, 'LI').map((item) =>
          children(item).map((e) => `${e.role} ${text(e)}`),
        ),
      ).toEqual(bullets.map((b) => ['Lbl •', `LBody ${collapse(b)}`]));
      const firstProse = body.findIndex((e) => text(e) === collapse(section.prose[0] ?? ''));
      if (section.prose.length > 0) expect(firstProse, section.id).toBeGreaterThan(label + 1);
    }
  });

  it('tags the comparison as a table: header cells scoped to their column, each aspect to its row', () => {
    const table = tableHeaded(handout(), comparisonRows[0]?.map((c) => c.text) ?? []);
    expect(rowsOf(table)).toEqual(comparisonRows);
  });

  it("tags every product table with the product's link in its row header", () => {
    const tables = elementsOf(handout(), 'Table').filter((t) => rowsOf(t)[0]?.[0]?.text === 'Name');
    expect(tables.map((t) => rowsOf(t)[0]?.map((c) => `${c.role} ${c.scope} ${c.text}`))).toEqual(
      slides
        .filter((s) => s.exhibit?.type === 'products')
        .map(() => ['Name', 'Category', 'Vendor', 'Licence'].map((h) => `TH Column ${h}`)),
    );
    const rows = tables.flatMap((t) => elementsOf(t, 'TR').slice(1));
    expect(rows).toHaveLength(slides.flatMap((s) => s.products).length);
    for (const slide of slides.filter((s) => s.exhibit?.type === 'products')) {
      for (const product of slide.products) {
        const row = rows.find((r) => text(r).startsWith(collapse(product.name)));
        expect(row, product.id).toBeDefined();
        const [name, ...cells] = children(row as StructElement);
        expect(name).toMatchObject({ role: 'TH', scope: 'Row' });
        const [link] = children(name as StructElement);
        expect(link?.role).toBe('Link');
        expect(link?.kids).toContainEqual(
          expect.objectContaining({ kind: 'annotation', uri: product.homepage, contents: product.name }),
        );
        expect(text(link as StructElement)).toBe(collapse(`${product.name} ${product.description}`));
        expect(cells.map((c) => c.role)).toEqual(['TD', 'TD', 'TD']);
        expect(cells.map(text).slice(0, 2)).toEqual([categoryLabel(product.category), product.vendor]);
        expect(text(cells[2] as StructElement).startsWith(licenseLabel(product.license))).toBe(true);
      }
    }
  });

  it('lists the glossary and the key differences, each entry labelled by its term or aspect', () => {
    const lists = elementsOf(handout(), 'L');
    const labelled = (items: { label: string; body: string }[]) =>
      lists.some(
        (l) =>
          JSON.stringify(children(l).map((li) => children(li).map((e) => `${e.role} ${text(e)}`))) ===
          JSON.stringify(items.map((i) => [`Lbl ${collapse(i.label)}`, `LBody ${collapse(i.body)}`])),
      );
    expect(labelled(lecture.terms.map((t) => ({ label: t.term, body: t.definition })))).toBe(true);
    expect(labelled(lecture.keyDifferences.map((d) => ({ label: d.aspect, body: d.text })))).toBe(true);
  });

  it('links every reference under its number: the entry (described by its title) and its QR code', () => {
    const references = elementsOf(handout(), 'L').find((l) => text(l).startsWith('[1]'));
    if (!references) throw new Error('no reference list');
    const items = children(references);
    expect(items).toHaveLength(lecture.references.length);
    for (const [i, reference] of lecture.references.entries()) {
      const [label, body] = children(items[i] as StructElement);
      expect(label).toMatchObject({ role: 'Lbl' });
      expect(text(label as StructElement)).toBe(`[${i + 1}]`);
      expect(body?.role).toBe('LBody');
      const [entry, ...rest] = children(body as StructElement);
      expect(entry?.role).toBe('Link');
      expect(squeeze(textOf(entry as StructElement))).toBe(squeeze(formatReference(reference)));
      expect(entry?.kids).toContainEqual(
        expect.objectContaining({ kind: 'annotation', uri: reference.URL, contents: reference.title }),
      );
      const qr = rest.at(-1);
      expect(qr).toMatchObject({ role: 'Link', alt: reference.title, lang: reference.language });
      expect(qr?.kids).toEqual([expect.objectContaining({ kind: 'annotation', uri: reference.URL })]);
      if (reference['translated-title']) {
        expect(rest.map(text)).toContain(`English title: ${reference['translated-title']}`);
      }
    }
  });
});

describe.each(papers)('the summary on %s', (paper) => {
  const summary = () => get({ variant: 'summary', paper }).document;

  it('heads the lecture H1 and its figure, table and glossary H2', () => {
    expect(elementsOf(summary(), 'H1').map(text)).toEqual([lecture.meta.title]);
    expect(elementsOf(summary(), 'H2').map(text)).toEqual([
      getFigure('architecture', lecture)?.title,
      comparison.title,
      lecture.frame.glossary.title,
    ]);
  });

  it('tags the comparison as a table with scoped headers', () => {
    expect(rowsOf(tableHeaded(summary(), comparisonRows[0]?.map((c) => c.text) ?? []))).toEqual(
      comparisonRows,
    );
  });
});

describe.each([
  ...papers.map((paper) => ({ variant: 'notes', paper }) as RenderOptions),
  { variant: 'notes', paper: 'a4', speaker: true } as RenderOptions,
])('the notes, $paper, speaker notes: $speaker', (job) => {
  const notes = () => get(job).document;

  it("gives every slide a section: its number, its title as H1, its bullets as a list, its table's headers", () => {
    const sections = children(notes());
    expect(sections.map((s) => s.role)).toEqual(slides.map(() => 'Sect'));
    for (const [i, slide] of slides.entries()) {
      const section = sections[i] as StructElement;
      const content = cardContent(slide, lecture);
      expect(text(children(section)[0] as StructElement), slide.id).toBe(
        `Slide ${slide.number} of ${slides.length}`,
      );
      expect(elementsOf(section, 'H1').map(text), slide.id).toEqual([collapse(content.title)]);
      expect(elementsOf(section, 'LBody').map(text), slide.id).toEqual(slide.bullets.map(collapse));
      const [table] = elementsOf(section, 'Table');
      expect(table !== undefined, slide.id).toBe(content.grid !== null);
      if (!table || !content.grid) continue;
      const rows = rowsOf(table);
      expect(
        rows.map((r) => r.length),
        slide.id,
      ).toEqual(content.grid.map((r) => r.cells.length));
      // A header row heads the columns; a row whose first cell is bold (aspect, product, term, number) is
      // headed by it.
      for (const [r, row] of content.grid.entries()) {
        const roles = rows[r]?.map((cell) => `${cell.role} ${cell.scope ?? ''}`.trim());
        const first = row.header ? 'TH Column' : row.cells[0]?.bold ? 'TH Row' : 'TD';
        const rest = row.header ? 'TH Column' : 'TD';
        expect(roles, `${slide.id} row ${r}`).toEqual(row.cells.map((_, c) => (c === 0 ? first : rest)));
      }
    }
  });

  it(
    job.speaker ? 'sets the speaker notes of each slide as a paragraph' : 'leaves the speaker notes out',
    () => {
      for (const [i, slide] of slides.entries()) {
        const paragraphs = elementsOf(children(notes())[i] as StructElement, 'P').map((p) =>
          squeeze(textOf(p)),
        );
        expect(paragraphs.includes(squeeze(slide.notes)), slide.id).toBe(job.speaker === true);
      }
    },
  );
});

describe('a product table that runs onto the next page', () => {
  let pdf: ReadPdf;
  let document: StructElement;
  const long = freshLecture();
  // Three times the VM examples: the table no longer fits the rest of its page.
  const vms = long.products.filter((p) => p.kind === 'vm');
  for (const round of [2, 3])
    long.products.push(...vms.map((p) => ({ ...p, id: `${p.id}-${round}`, name: `${p.name} (${round})` })));

  beforeAll(async () => {
    const { bytes } = await renderPdf(long, { variant: 'handout', paper: 'a4' });
    pdf = await readPdf(bytes);
    document = (await readStructTree(bytes)).roots[0] as StructElement;
  });

  it('repeats its header row at the top of the page it continues on', () => {
    const rows = long.products.filter((p) => p.kind === 'vm');
    const pages = [
      ...new Set(
        rows.map((p) => pdf.pages.findIndex((page) => squeeze(page.text).includes(squeeze(p.name)))),
      ),
    ];
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) {
      const body = squeeze(pdf.pages[page]?.text ?? '');
      const header = body.indexOf(squeeze('NameCategoryVendorLicence'));
      const firstRow = Math.min(...rows.map((p) => body.indexOf(squeeze(p.name))).filter((i) => i >= 0));
      expect(header, `page ${page + 1}`).toBeGreaterThanOrEqual(0);
      expect(header, `page ${page + 1}`).toBeLessThan(firstRow);
    }
  });

  it('tags the header once, as the first row of the one table; the repeat is an artifact', () => {
    const table = tableHeaded(document, ['Name', 'Category', 'Vendor', 'Licence']);
    const rows = rowsOf(table);
    expect(
      rows.filter((row) => row.every((cell) => cell.role === 'TH' && cell.scope === 'Column')),
    ).toHaveLength(1);
    expect(rows).toHaveLength(1 + long.products.filter((p) => p.kind === 'vm').length);
  });
});
