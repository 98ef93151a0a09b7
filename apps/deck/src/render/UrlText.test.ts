import { lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { UrlText, urlPieces } from './UrlText.ts';

describe('UrlText', () => {
  it('cuts a URL only after its slashes, never at a hyphen or inside https://', () => {
    expect(urlPieces('https://learn.microsoft.com/ko-kr/virtualization/about/containers-vs-vm')).toEqual([
      'https://learn.microsoft.com/',
      'ko-kr/',
      'virtualization/',
      'about/',
      'containers-vs-vm',
    ]);
    expect(urlPieces('https://example.com/a?b=c-d')).toEqual(['https://example.com/', 'a?b=c-d']);
    expect(urlPieces('https://example.com')).toEqual(['https://example.com']);
  });

  it.each(lecture.references.map((r) => [r.id, r.URL] as const))(
    'gives back %s whole, each piece but the last ending in a slash',
    (_id, url) => {
      const pieces = urlPieces(url);
      expect(pieces.join('')).toBe(url);
      for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('/'), piece).toBe(true);
      const markup = UrlText(url).value;
      expect(markup.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')).toBe(url);
      expect(markup.match(/<wbr>/g)?.length ?? 0).toBe(pieces.length - 1);
    },
  );
});
