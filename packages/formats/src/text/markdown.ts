// The whole lecture as one Markdown document (CommonMark with GFM tables) for course sites and wikis:
// each section's text with what its slides show, then the glossary and the references.
import {
  authorLine,
  categoryLabel,
  citationList,
  contentStamp,
  type Exhibit,
  formatDate,
  formatReference,
  type Lecture,
  licenseLabel,
  type Product,
  type Reference,
  type Slide,
  slideSequence,
} from '@vmvc/content';
import { markdownAutolink, markdownInline, markdownParagraph, markdownTableRow } from '../markdown-text.ts';

/** `**Label**`, escaped. */
const bold = (text: string) => `**${markdownInline(text)}**`;

/** A bullet list, one escaped item a line. */
const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** The comparison as a GFM table: a header row of the column names, then one row per aspect. */
function comparisonTable(lecture: Lecture): string {
  const { columns, rows } = lecture.comparison;
  return [
    markdownTableRow([columns.aspect, columns.vm, columns.container].map(markdownInline)),
    markdownTableRow(['---', '---', '---']),
    ...rows.map((row) => markdownTableRow([row.aspect, row.vm, row.container].map(markdownInline))),
  ].join('\n');
}

/** Products as a list: name, description, category, vendor, licence and homepage. */
function productList(products: readonly Product[]): string {
  return list(
    products.map(
      (p) =>
        `${bold(p.name)}: ${markdownInline(p.description)} ${markdownInline(
          `(${categoryLabel(p.category)}; ${p.vendor}; ${licenseLabel(p.license)})`,
        )} ${markdownAutolink(p.homepage)}`,
    ),
  );
}

/** A reference in the lecture's IEEE form, its URL a link, and the English title of a translated one. */
function referenceText(reference: Reference): string {
  const text = formatReference(reference);
  const marker = `Available: ${reference.URL}`;
  const at = text.lastIndexOf(marker);
  const body =
    at < 0
      ? markdownInline(text)
      : `${markdownInline(text.slice(0, at))} Available: ${markdownAutolink(reference.URL)}${markdownInline(
          text.slice(at + marker.length),
        )}`;
  const translated = reference['translated-title'];
  return translated ? `${body}\\\n   English title: ${markdownInline(translated)}` : body;
}

/** What a slide shows besides its bullets, written out for the page; null for nothing. */
function exhibitBlock(lecture: Lecture, slide: Slide, exhibit: Exhibit): string | null {
  switch (exhibit.type) {
    case 'figure': {
      const { figure } = slide;
      if (!figure) return null;
      return [
        `${bold(`Figure: ${figure.title}.`)} ${markdownInline(figure.alt)}`,
        figure.kind === 'stacks'
          ? list(figure.stacks.map((stack) => `${bold(stack.title)}: ${markdownInline(stack.caption)}`))
          : list(
              figure.lanes.map((lane) =>
                lane.steps
                  .map(
                    (step) => `${bold(step.label)}${step.detail ? ` (${markdownInline(step.detail)})` : ''}`,
                  )
                  .join(' → '),
              ),
            ),
      ].join('\n\n');
    }
    case 'comparison':
      return `${bold(lecture.comparison.title)}\n\n${comparisonTable(lecture)}`;
    case 'products':
      return `${bold(slide.title)}\n\n${productList(slide.products)}`;
    case 'use-cases': {
      const { vm, container } = lecture.profiles;
      return [
        bold(slide.title),
        ...[vm, container].map(
          (p) => `${bold(p.title)}\n\n${list(p.useCases.map((u) => markdownParagraph(u.label)))}`,
        ),
      ].join('\n\n');
    }
    case 'profiles': {
      const { vm, container } = lecture.profiles;
      return [vm, container]
        .map((p) => `${bold(p.title)}\n\n${list(p.points.map(markdownParagraph))}`)
        .join('\n\n');
    }
    case 'key-differences':
      return `${bold(slide.title)}\n\n${list(
        lecture.keyDifferences.map((k) => `${bold(k.aspect)}: ${markdownInline(k.text)}`),
      )}`;
  }
}

/**
 * The lecture as a Markdown document: title block; one `##` heading per section with its prose, what its
 * slides show (figure description, comparison table, products, ...) and its sources; then the glossary and
 * the numbered references. No other headings, so a site's table of contents lists exactly the sections.
 */
export function exportMarkdown(lecture: Lecture): string {
  const { meta } = lecture;
  const authors = authorLine(meta.authors);
  const slides = slideSequence(lecture);
  const blocks: string[] = [
    `# ${markdownInline(meta.title)}`,
    markdownParagraph(meta.subtitle),
    markdownParagraph(`${authors} · ${formatDate(meta.date, 'iso')}`),
  ];

  for (const section of lecture.sections) {
    blocks.push(`## ${markdownInline(section.title)}`);
    blocks.push(...section.prose.map(markdownParagraph));
    for (const slide of slides.filter((s) => s.section?.id === section.id)) {
      const block = slide.exhibit ? exhibitBlock(lecture, slide, slide.exhibit) : null;
      if (block) blocks.push(block);
    }
    const sources = citationList(section.references, lecture);
    if (sources) blocks.push(markdownParagraph(`Sources: ${sources}`));
  }

  blocks.push(`## ${markdownInline(lecture.frame.glossary.title)}`);
  blocks.push(list(lecture.terms.map((t) => `${bold(t.term)}: ${markdownInline(t.definition)}`)));

  blocks.push(`## ${markdownInline(lecture.frame.bibliography.title)}`);
  blocks.push(lecture.references.map((r, i) => `${i + 1}. ${referenceText(r)}`).join('\n'));

  const year = meta.date.slice(0, 4);
  blocks.push('---');
  blocks.push(
    markdownParagraph(
      `© ${year} ${authors}, ${meta.license}. Made from @vmvc/content, content stamp ${contentStamp(lecture).text}.`,
    ),
  );
  return `${blocks.join('\n\n')}\n`;
}
