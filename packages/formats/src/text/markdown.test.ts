import { formatReference, lecture } from '@vmvc/content';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownAutolink, markdownInline, markdownParagraph } from '../markdown-text.ts';
import { everySpecial, hostileLecture } from '../test-support/hostile-lecture.ts';
import { exportMarkdown } from './markdown.ts';

// CommonMark with GFM tables and strikethrough, as GitHub, GitLab and most wikis read Markdown.
const md = new MarkdownIt();
type Token = ReturnType<typeof md.parse>[number];

/** The text a reader sees in an inline token (line breaks as spaces), and the markup it was made of. */
const textOf = (inline: Token) =>
  (inline.children ?? [])
    .map((t) =>
      t.type === 'text' || t.type === 'code_inline' ? t.content : t.type.endsWith('break') ? ' ' : '',
    )
    .join('');
const markupOf = (inline: Token) =>
  (inline.children ?? []).filter((t) => t.type !== 'text' && t.markup !== 'autolink').map((t) => t.type);

function headings(tokens: Token[], tag: string): string[] {
  return tokens.flatMap((t, i) =>
    t.type === 'heading_open' && t.tag === tag ? [textOf(tokens[i + 1]!)] : [],
  );
}

/** Rows of the first table: each row's cells as text. */
function tableRows(tokens: Token[]): string[][] {
  const rows: string[][] = [];
  let inTable = false;
  for (const [i, t] of tokens.entries()) {
    if (t.type === 'table_open') inTable = rows.length === 0;
    if (t.type === 'table_close') inTable = false;
    if (!inTable) continue;
    if (t.type === 'tr_open') rows.push([]);
    if (t.type === 'inline' && /^t[hd]_open$/.test(tokens[i - 1]!.type)) rows.at(-1)!.push(textOf(t));
  }
  return rows;
}

describe('Markdown export', () => {
  const tokens = md.parse(exportMarkdown(lecture), {});

  it('has the title, then one heading per section, then the glossary and the references', () => {
    expect(headings(tokens, 'h1')).toEqual([lecture.meta.title]);
    expect(headings(tokens, 'h2')).toEqual([
      ...lecture.sections.map((s) => s.title),
      lecture.frame.glossary.title,
      lecture.frame.bibliography.title,
    ]);
    expect(tokens.filter((t) => t.type === 'heading_open')).toHaveLength(lecture.sections.length + 3);
  });

  it('renders the comparison as a table with a header and one row per comparison row', () => {
    const { columns, rows } = lecture.comparison;
    expect(tableRows(tokens)).toEqual([
      [columns.aspect, columns.vm, columns.container],
      ...rows.map((r) => [r.aspect, r.vm, r.container]),
    ]);
  });

  it("prints every paragraph of the sections' prose as written", () => {
    const paragraphs = tokens.filter(
      (t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open',
    );
    const texts = new Set(paragraphs.map(textOf));
    for (const paragraph of lecture.sections.flatMap((s) => s.prose)) expect(texts.has(paragraph)).toBe(true);
  });

  it('describes the figure with its alt text, lists the products, the terms and the references', () => {
    const html = md.render(exportMarkdown(lecture));
    const figure = lecture.figures[0]!;
    expect(html).toContain(`<strong>Figure: ${figure.title}.</strong> ${figure.alt}`);
    for (const product of lecture.products) {
      expect(html).toContain(`<li><strong>${product.name}</strong>: ${product.description}`);
      expect(html).toContain(`<a href="${product.homepage}">`);
    }
    for (const term of lecture.terms)
      expect(html).toContain(`<li><strong>${term.term}</strong>: ${term.definition}</li>`);
    const references = /<h2>References<\/h2>\n<ol>\n([\s\S]*?)<\/ol>/.exec(html)![1]!;
    expect(references.match(/<li>/g)).toHaveLength(lecture.references.length);
    expect(references).toContain('<a href="https://library.gabia.com/contents/infrahosting/7426/">');
    expect(references).toContain('“서버 가상화 기술의 진화: VM과 컨테이너,”');
    expect(references).toContain(
      '<br>\nEnglish title: The evolution of server virtualization technology: VMs and containers',
    );
  });

  it('writes the references in the IEEE form of formatReference', () => {
    const items = tokens.filter((t, i) => t.type === 'inline' && tokens[i - 2]?.type === 'list_item_open');
    const texts = items.map(textOf);
    for (const reference of lecture.references) {
      expect(texts.some((t) => t.startsWith(formatReference(reference)))).toBe(true);
    }
  });

  it('escapes Markdown syntax so that text stays text', () => {
    expect(markdownInline('a *b* _c_ [d](e) <f> `g` | h # i ~~j~~ $k$ &amp; \\')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\| h \\# i \\~\\~j\\~\\~ \\$k\\$ \\&amp; \\\\',
    );
    expect(markdownParagraph('- not a list')).toBe('\\- not a list');
    expect(markdownParagraph('12. not a list')).toBe('12\\. not a list');
    expect(markdownAutolink('https://x.test/a b<c>')).toBe('<https://x.test/a%20b%3Cc%3E>');
    expect(markdownInline('see https://x.test/a_b*c. Then (https://y.test).')).toBe(
      'see <https://x.test/a_b*c>. Then (<https://y.test>).',
    );
  });

  it('carries hostile text through unchanged: no heading, list, emphasis or HTML of its own, links only for web addresses', () => {
    const hostile = hostileLecture();
    const text = exportMarkdown(hostile);
    const parsed = md.parse(text, {});
    const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    // Strip the invisible word joiner that keeps ":smile:" from becoming an emoji on GitHub.
    const seen = (inline: Token) => textOf(inline).replace(/\u2060/g, '');

    expect(headings(parsed, 'h1').map((h) => h.replace(/\u2060/g, ''))).toEqual([hostile.meta.title]);
    expect(headings(parsed, 'h2')[0]).toBe(hostile.sections[0]!.title);
    expect(parsed.filter((t) => t.type === 'heading_open')).toHaveLength(hostile.sections.length + 3);

    const prose = parsed.find(
      (t, i) => t.type === 'inline' && parsed[i - 1]?.type === 'paragraph_open' && seen(t).startsWith('1.'),
    )!;
    expect(seen(prose)).toBe(oneLine(hostile.sections[0]!.prose[0]!));
    expect(markupOf(prose)).toEqual([]);

    const row = hostile.comparison.rows[0]!;
    expect(tableRows(parsed)[1]).toEqual([row.aspect, row.vm, row.container].map(oneLine));

    const kernel = parsed.find((t) => t.type === 'inline' && seen(t).startsWith('Kernel "core"'))!;
    expect(seen(kernel)).toBe(`${hostile.terms[0]!.term}: ${oneLine(hostile.terms[0]!.definition)}`);
    expect(markupOf(kernel)).toEqual(['strong_open', 'strong_close']);
    expect(seen(kernel)).toContain(everySpecial);

    const html = md.render(text);
    expect(html).not.toMatch(/<(?:em|b|code|s|del)>/);
    expect(html).not.toContain('<a href="https://x.test">link');
    expect(html).toContain('<a href="https://example.com/a_b%20c/~user?x=1&amp;y=2#frag">');
  });
});
