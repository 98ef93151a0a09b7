// Text written into XML (Moodle XML, QTI): the characters XML reads as markup escaped. The characters XML 1.0
// cannot hold at all (U+FFFE, U+FFFF, controls, lone surrogates) never reach here: validation refuses them, and
// each writer refuses a lecture that holds one (assertXmlCharacters), rather than changing the text.

/** Text as XML character data: `&`, `<` and `>` escaped. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as a double-quoted XML attribute value: line breaks and tabs as references, so that parsers keep them. */
export function xmlAttribute(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Text as HTML (for fields an LMS shows as HTML): escaped as HTML, line breaks as `<br>`. */
export function htmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n?|\n/g, '<br>');
}

/** Markup in a CDATA section, as Moodle writes it: a `]]>` inside is split across two sections. */
export function cdata(markup: string): string {
  return `<![CDATA[${markup.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** A comment: `--` cannot appear in one, nor a `-` at its end. */
export function xmlComment(text: string): string {
  const safe = text.replace(/\s+/g, ' ').trim();
  return `<!-- ${safe.replace(/-(?=-|$)/g, '- ')} -->`;
}
