// The slide sequence as a Marp deck (https://marp.app) for lecturers who prefer Marp: one slide per entry
// of `slideSequence(lecture)`, each slide's speaker notes as an HTML comment, which Marp shows as notes.
import { authorLine } from '../author-line.ts';
import { citationList } from '../citation-list.ts';
import { contentStamp } from '../content-stamp.ts';
import type { Lecture } from '../schema/index.ts';
import { type Slide, slideSequence } from '../slide-sequence.ts';
import { comparisonTable, productList, referenceText } from './markdown.ts';
import { markdownInline as inline, markdownParagraph as paragraph } from './markdown-text.ts';

const bold = (text: string) => `**${inline(text)}**`;
const list = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

// A comment whose text reads as YAML with a directive key (`class: lead`, `paginate: false`) or as a
// well-known magic comment is taken by Marp as a directive and dropped from the notes.
const directiveLike =
  /^(?:["']?_?[A-Za-z][\w-]*["']?[ \t]*:(?:\s|$)|[{?&!%*|>]|---|\.\.\.|prettier-ignore|markdownlint-|lint (?:disable|enable|ignore))/;

/**
 * Speaker notes as the body of an HTML comment: `-->` cannot occur (it would end the comment), and notes
 * that Marp would read as a directive start with "Note: " so that they stay notes.
 */
export function marpNotes(notes: string): string {
  const text = notes
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/-(?=->)/g, '- ')
    .replace(/\n{2,}/g, '\n');
  const firstLine = text.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
  const lead =
    text.trimStart().startsWith('#') || (firstLine !== undefined && directiveLike.test(firstLine.trim()));
  return lead ? `Note: ${text}` : text;
}

/** A YAML value for the front matter: JSON's double-quoted string is also YAML's. */
const yaml = (text: string) => JSON.stringify(text);

function slideBody(lecture: Lecture, slide: Slide, number: Map<string, number>): string[] {
  const blocks: string[] = [];
  switch (slide.kind) {
    case 'title':
      blocks.push('<!-- _class: lead -->', `# ${inline(slide.title)}`);
      if (slide.subtitle) blocks.push(paragraph(slide.subtitle));
      blocks.push(paragraph(authorLine(lecture.meta.authors)));
      return blocks;
    case 'closing':
      blocks.push('<!-- _class: lead -->');
      break;
    default:
  }
  const page = slide.page && slide.page.count > 1 ? ` (${slide.page.index}/${slide.page.count})` : '';
  blocks.push(`## ${inline(slide.title)}${page}`);
  if (slide.bullets.length > 0) blocks.push(list(slide.bullets.map(paragraph)));

  const { exhibit, figure } = slide;
  if (figure) {
    blocks.push(`${bold(`${figure.title}.`)} ${inline(figure.alt)}`);
  } else if (exhibit?.type === 'comparison') {
    blocks.push(comparisonTable(lecture));
  } else if (exhibit?.type === 'products') {
    blocks.push(productList(slide.products));
  } else if (exhibit?.type === 'use-cases' || exhibit?.type === 'profiles') {
    for (const profile of [lecture.profiles.vm, lecture.profiles.container]) {
      const items = exhibit.type === 'use-cases' ? profile.useCases.map((u) => u.label) : profile.points;
      blocks.push(`${bold(profile.title)}\n\n${list(items.map(paragraph))}`);
    }
  } else if (exhibit?.type === 'key-differences') {
    blocks.push(list(lecture.keyDifferences.map((k) => `${bold(k.aspect)}: ${inline(k.text)}`)));
  }

  // Terms as paragraphs: a second list right after the bullets would merge into the first.
  blocks.push(...slide.terms.map((t) => `${bold(t.term)}: ${inline(t.definition)}`));
  if (slide.kind === 'references') {
    // Numbered as in the whole list, so the second page goes on with [4].
    blocks.push(slide.references.map((r) => `${number.get(r.id) ?? 0}. ${referenceText(r)}`).join('\n'));
  } else if (slide.references.length > 0) {
    blocks.push(paragraph(`Sources: ${citationList(slide.references, lecture)}`));
  }
  return blocks;
}

/**
 * The deck as Marp Markdown: front matter (`marp: true`, title, author, language, page numbers), then one
 * slide per entry of the slide sequence, separated by `---`, each ending in its speaker notes.
 */
export function exportMarp(lecture: Lecture): string {
  const { meta } = lecture;
  const number = new Map(lecture.references.map((r, i) => [r.id, i + 1]));
  const front = [
    '---',
    'marp: true',
    `title: ${yaml(meta.title)}`,
    `description: ${yaml(meta.subtitle)}`,
    `author: ${yaml(authorLine(meta.authors))}`,
    `lang: ${yaml(meta.language)}`,
    'paginate: true',
    // Marp renders the footer as Markdown, hence the escaping inside the YAML string.
    `footer: ${yaml(inline(`${meta.title} · ${contentStamp(lecture).text}`))}`,
    '---',
  ].join('\n');
  const slides = slideSequence(lecture).map((slide) =>
    [...slideBody(lecture, slide, number), `<!--\n${marpNotes(slide.notes)}\n-->`].join('\n\n'),
  );
  return `${front}\n\n${slides.join('\n\n---\n\n')}\n`;
}
