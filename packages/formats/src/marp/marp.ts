// The slide sequence as a Marp deck (https://marp.app) for lecturers who prefer Marp: each entry of
// `slideSequence(lecture)` on one slide, or on continuation slides where it would run past the page, each
// with its speaker notes as an HTML comment (Marp's presenter notes), set in a font the deck carries.
import {
  authorLine,
  categoryLabel,
  citationList,
  contentStamp,
  formatReference,
  type Lecture,
  licenseLabel,
  type Product,
  type Reference,
  type Slide,
  slideSequence,
} from '@vmvc/content';
import { markdownInline as inline } from '../markdown-text.ts';
import {
  type Block,
  deckStyle,
  type FittedSlide,
  fitSlide,
  type SlideContent,
  type Word,
} from './fit-slide.ts';
import { fontFaceRules, type MarpFont } from './font-face-rules.ts';
import { urlWord, words, wordsMarkdown, wordsText } from './words.ts';

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

/** A label in bold and the text after it: `**Kernel**: The kernel is ...`. */
const labelled = (label: string, text: string): Word[] => [...words(label, { bold: true }), ...words(text)];

/** A reference as the lecture's list prints it, its address a link, its English title on a line of its own. */
function referenceWords(reference: Reference): Word[] {
  const text = formatReference(reference);
  const marker = `Available: ${reference.URL}`;
  const at = text.lastIndexOf(marker);
  const line =
    at < 0
      ? words(text)
      : [
          ...words(`${text.slice(0, at)}Available:`),
          urlWord(reference.URL, true),
          ...words(text.slice(at + marker.length), { space: false }),
        ];
  const translated = reference['translated-title'];
  if (!translated) return line;
  const title = words(`English title: ${translated}`).map((w, i) => (i === 0 ? { ...w, newLine: true } : w));
  return [...line, ...title];
}

/** What one slide of the sequence shows, as blocks of words for the layout to fit. */
function slideContent(lecture: Lecture, slide: Slide, number: Map<string, number>): SlideContent {
  const blocks: Block[] = [];
  const paginated = slide.page !== null && slide.page.count > 1;
  if (slide.kind === 'title') {
    if (slide.subtitle) blocks.push({ kind: 'paragraph', words: words(slide.subtitle) });
    blocks.push({ kind: 'paragraph', words: words(authorLine(lecture.meta.authors)) });
    return { role: 'title', heading: words(slide.title), blocks, paginated };
  }
  if (slide.bullets.length > 0) blocks.push({ kind: 'list', items: slide.bullets.map((b) => words(b)) });

  const { exhibit, figure } = slide;
  if (figure) {
    blocks.push({ kind: 'paragraph', words: labelled(`${figure.title}.`, ` ${figure.alt}`) });
  } else if (exhibit?.type === 'comparison') {
    const { columns, rows } = lecture.comparison;
    const cells = (texts: string[]) => texts.map((text) => words(text));
    blocks.push({
      kind: 'table',
      header: cells([columns.aspect, columns.vm, columns.container]),
      rows: rows.map((row) => cells([row.aspect, row.vm, row.container])),
    });
  } else if (exhibit?.type === 'products') {
    const facts = (p: Product) => `(${categoryLabel(p.category)}; ${p.vendor}; ${licenseLabel(p.license)})`;
    blocks.push({
      kind: 'list',
      items: slide.products.map((p) => [
        ...labelled(p.name, `: ${p.description} ${facts(p)}`),
        urlWord(p.homepage, true),
      ]),
    });
  } else if (exhibit?.type === 'use-cases' || exhibit?.type === 'profiles') {
    for (const profile of [lecture.profiles.vm, lecture.profiles.container]) {
      const items = exhibit.type === 'use-cases' ? profile.useCases.map((u) => u.label) : profile.points;
      blocks.push({ kind: 'group', label: words(profile.title), items: items.map((item) => words(item)) });
    }
  } else if (exhibit?.type === 'key-differences') {
    blocks.push({
      kind: 'list',
      items: lecture.keyDifferences.map((k) => labelled(k.aspect, `: ${k.text}`)),
    });
  }

  // Terms as paragraphs: a second list right after the bullets would merge into the first.
  for (const term of slide.terms) {
    blocks.push({ kind: 'paragraph', words: labelled(term.term, `: ${term.definition}`) });
  }
  if (slide.kind === 'references') {
    // Numbered as in the whole list, so the second page goes on with [4].
    const [first] = slide.references;
    blocks.push({
      kind: 'list',
      items: slide.references.map(referenceWords),
      start: first ? (number.get(first.id) ?? 1) : 1,
    });
  } else if (slide.references.length > 0) {
    blocks.push({ kind: 'paragraph', words: words(`Sources: ${citationList(slide.references, lecture)}`) });
  }
  return {
    role: slide.kind === 'closing' ? 'lead' : 'content',
    heading: words(slide.title),
    blocks,
    paginated,
  };
}

/** A list item: its marker, then its words, lines after a line break indented to the text. */
const listItem = (marker: string, item: Word[]) =>
  `${marker}${wordsMarkdown(item, { lineStart: true, indent: ' '.repeat(marker.length) })}`;

const tableRow = (cells: Word[][]) => `| ${cells.map((cell) => wordsMarkdown(cell)).join(' | ')} |`;

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return wordsMarkdown(block.words, { lineStart: true });
    case 'list': {
      const { start } = block;
      return block.items
        .map((item, i) => listItem(start === undefined ? '- ' : `${start + i}. `, item))
        .join('\n');
    }
    case 'group':
      return `### ${wordsMarkdown(block.label)}\n\n${block.items.map((item) => listItem('- ', item)).join('\n')}`;
    case 'table':
      return [
        tableRow(block.header),
        `|${' --- |'.repeat(block.header.length)}`,
        ...block.rows.map(tableRow),
      ].join('\n');
  }
}

/** The texts of a block, each as words. */
function blockTexts(block: Block): Word[][] {
  switch (block.kind) {
    case 'paragraph':
      return [block.words];
    case 'list':
      return block.items;
    case 'group':
      return [block.label, ...block.items];
    case 'table':
      return [...block.header, ...block.rows.flat()];
  }
}

/** Everything a slide shows, as text: the deck's font holds these characters. */
const contentText = (content: SlideContent) =>
  [content.heading, ...content.blocks.flatMap(blockTexts)].map(wordsText).join('\n');

/** Each slide of the sequence as the layout fits it, for tests that hold the model against marp-cli. */
export function marpLayout(lecture: Lecture): FittedSlide[] {
  return marpSlides(lecture).map((slide) => slide.fitted);
}

interface MarpSlide {
  slide: Slide;
  content: SlideContent;
  fitted: FittedSlide;
}

function marpSlides(lecture: Lecture): MarpSlide[] {
  const number = new Map(lecture.references.map((r, i) => [r.id, i + 1]));
  return slideSequence(lecture).map((slide) => {
    const content = slideContent(lecture, slide, number);
    return { slide, content, fitted: fitSlide(content) };
  });
}

/**
 * The Marp slides of the deck, each written out: the class that sets its layout, its heading with the page
 * marker where a slide of the sequence takes several pages, its blocks, and its notes on its first page.
 * Glossary and reference pages are numbered across the whole run: (1/4) ... (4/4).
 */
function slidesMarkdown(slides: MarpSlide[]): string[] {
  const pagesOfKind = new Map<string, number>();
  for (const { slide, fitted } of slides) {
    if (slide.page) pagesOfKind.set(slide.kind, (pagesOfKind.get(slide.kind) ?? 0) + fitted.pages.length);
  }
  const doneOfKind = new Map<string, number>();
  return slides.flatMap(({ slide, content, fitted }) => {
    const done = slide.page ? (doneOfKind.get(slide.kind) ?? 0) : 0;
    const total = slide.page ? (pagesOfKind.get(slide.kind) ?? 0) : fitted.pages.length;
    if (slide.page) doneOfKind.set(slide.kind, done + fitted.pages.length);
    const heading = `${content.role === 'title' ? '#' : '##'} ${wordsMarkdown(fitted.heading)}`;
    return fitted.pages.map((blocks, page) =>
      [
        ...(fitted.classes.length > 0 ? [`<!-- _class: ${fitted.classes.join(' ')} -->`] : []),
        total > 1 ? `${heading} (${done + page + 1}/${total})` : heading,
        ...blocks.map(blockMarkdown),
        ...(page === 0 ? [`<!--\n${marpNotes(slide.notes)}\n-->`] : []),
      ].join('\n\n'),
    );
  });
}

export interface MarpOptions {
  /**
   * Noto Sans KR cut to this deck's characters (`await marpFont(lecture)`), which the deck embeds so Hangul
   * draws where no Korean font is installed. Without it the deck names the font and relies on the machine
   * having it. The layout is measured for Noto Sans KR either way.
   */
  font?: MarpFont;
}

function deckFrame(lecture: Lecture) {
  const { meta } = lecture;
  const footer = `${meta.title} · ${contentStamp(lecture).text}`;
  const slides = marpSlides(lecture);
  const shown = [footer, ...slides.map((s) => contentText(s.content))].join('\n');
  return { footer, slides, shown };
}

/** What Marp and the headings add to the text: page numbers and continuation markers, `(2/3)`. */
const pageMarks = '0123456789 (/)';

/** Every character the Marp deck of `lecture` shows, as text: what its font must hold. */
export function marpText(lecture: Lecture): string {
  return `${deckFrame(lecture).shown}\n${pageMarks}`;
}

/**
 * The deck as Marp Markdown: front matter (`marp: true`, 16:9, title, author, language, page numbers), the
 * deck's stylesheet with its font, then each slide of the sequence, separated by `---`, on continuation
 * slides where it needs more than one page ("Summary (2/2)"), its speaker notes on its first page.
 */
export function exportMarp(lecture: Lecture, options: MarpOptions = {}): string {
  const { meta } = lecture;
  const { footer, slides, shown } = deckFrame(lecture);
  const { font } = options;
  if (font) {
    const held = new Set(font.characters);
    const missing = [...new Set(shown + pageMarks)].filter((ch) => !/\s/.test(ch) && !held.has(ch));
    if (missing.length > 0) {
      throw new Error(
        `exportMarp: the font was cut for other text; it lacks ${missing.slice(0, 10).join('')} of this deck: make it with marpFont(lecture) for this lecture`,
      );
    }
  }
  const front = [
    '---',
    'marp: true',
    'size: 16:9',
    `title: ${yaml(meta.title)}`,
    `description: ${yaml(meta.subtitle)}`,
    `author: ${yaml(authorLine(meta.authors))}`,
    `lang: ${yaml(meta.language)}`,
    'paginate: true',
    // Marp renders the footer as Markdown, hence the escaping inside the YAML string.
    `footer: ${yaml(inline(footer))}`,
    '---',
  ].join('\n');
  const style = deckStyle(font ? fontFaceRules(font) : '');
  return `${front}\n\n${style}\n\n${slidesMarkdown(slides).join('\n\n---\n\n')}\n`;
}
