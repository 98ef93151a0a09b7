// The text a reader sees in a piece of markup: tags dropped, entities decoded. Used to choose the glyphs
// the font subset keeps.
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[body.toLowerCase()] ?? whole;
  });
}

/** Visible text of the markup, plus attribute values people may read (aria-label, title, alt). */
export function textContent(markup: string): string {
  const attributes = [...markup.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const text = markup.replace(/<[^>]*>/g, ' ');
  return decodeEntities(`${text} ${attributes.join(' ')}`);
}
