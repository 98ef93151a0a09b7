// The whole lecture as one Markdown document (CommonMark with GFM tables) for course sites and wikis:
// each section's text with what its slides show, then the glossary and the references.
import { contentStamp } from '../content-stamp.js';
import { formatReference } from '../format-reference.js';
import { categoryLabel, licenseLabel } from '../lookup.js';
import type { Exhibit, Lecture, Reference, Side, SlideSpec } from '../schema/index.js';
import { markdownAutolink, markdownInline, markdownParagraph, markdownTableRow } from './markdown-text.js';

/** `**Label**`, escaped. */
const bold = (text: string) => `**${markdownInline(text)}**`;

/** A bullet list, one escaped item a line. */
const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/** Names the lecture's authors: `Junghyun Kim (김정현)`. */
export function authorLine(lecture: Lecture): string {
  return lecture.meta.authors
    .map((a) => (a.nameOriginal ? `${a.name} (${a.nameOriginal})` : a.name))
    .join(', ');
}

/** The comparison as a GFM table: a header row of the column names, then one row per aspect. */
export function comparisonTable(lecture: Lecture): string {
  const { columns, rows } = lecture.comparison;
  return [
    markdownTableRow([columns.aspect, columns.vm, columns.container].map(markdownInline)),
    markdownTableRow(['---', '---', '---']),
    ...rows.map((row) => markdownTableRow([row.aspect, row.vm, row.container].map(markdownInline))),
  ].join('\n');
}

/** The products of one side as a list: name, description, category, vendor, licence and homepage. */
export function productList(lecture: Lecture, kind: Side): string {
  return list(
    lecture.products
      .filter((p) => p.kind === kind)
      .map(
        (p) =>
          `${bold(p.name)}: ${markdownInline(p.description)} ${markdownInline(
            `(${categoryLabel(p.category)}; ${p.vendor}; ${licenseLabel(p.license)})`,
          )} ${markdownAutolink(p.homepage)}`,
      ),
  );
}

/** A reference in the lecture's IEEE form, its URL a link, and the English title of a translated one. */
export function referenceText(reference: Reference): string {
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
function exhibitBlock(lecture: Lecture, slide: SlideSpec, exhibit: Exhibit): string | null {
  switch (exhibit.type) {
    case 'figure': {
      const figure = lecture.figures.find((f) => f.id === exhibit.figure);
      if (!figure) return null;
      return [
        `${bold(`Figure: ${figure.title}.`)} ${markdownInline(figure.alt)}`,
        list(figure.stacks.map((stack) => `${bold(stack.title)}: ${markdownInline(stack.caption)}`)),
      ].join('\n\n');
    }
    case 'comparison':
      return `${bold(lecture.comparison.title)}\n\n${comparisonTable(lecture)}`;
    case 'products':
      return `${bold(slide.title)}\n\n${productList(lecture, exhibit.kind)}`;
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
  const number = new Map(lecture.references.map((r, i) => [r.id, i + 1]));
  const blocks: string[] = [
    `# ${markdownInline(meta.title)}`,
    markdownParagraph(meta.subtitle),
    markdownParagraph(`${authorLine(lecture)} · ${meta.date}`),
  ];

  for (const section of lecture.sections) {
    blocks.push(`## ${markdownInline(section.title)}`);
    blocks.push(...section.prose.map(markdownParagraph));
    for (const slide of section.slides) {
      const block = slide.exhibit ? exhibitBlock(lecture, slide, slide.exhibit) : null;
      if (block) blocks.push(block);
    }
    const sources = section.references.flatMap((id) => (number.has(id) ? [`[${number.get(id)}]`] : []));
    if (sources.length > 0) blocks.push(markdownParagraph(`Sources: ${sources.join(', ')}`));
  }

  blocks.push(`## ${markdownInline(lecture.frame.glossary.title)}`);
  blocks.push(list(lecture.terms.map((t) => `${bold(t.term)}: ${markdownInline(t.definition)}`)));

  blocks.push(`## ${markdownInline(lecture.frame.bibliography.title)}`);
  blocks.push(lecture.references.map((r, i) => `${i + 1}. ${referenceText(r)}`).join('\n'));

  const year = meta.date.slice(0, 4);
  blocks.push('---');
  blocks.push(
    markdownParagraph(
      `© ${year} ${authorLine(lecture)}, ${meta.license}. Made from @vmvc/content, content stamp ${contentStamp(lecture).text}.`,
    ),
  );
  return `${blocks.join('\n\n')}\n`;
}
