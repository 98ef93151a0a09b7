import { formatReference, lecture } from '@vmvc/content';
import { colors, qrPath } from '@vmvc/design';
import { describe, expect, it } from 'vitest';
import { IeeeLine, ReferenceEntry } from './ReferenceList.ts';

const plain = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

describe('ReferenceList', () => {
  it.each(lecture.references.map((r) => [r.id, r] as const))(
    'writes %s in the seed’s IEEE form',
    (_id, reference) => {
      const line = IeeeLine(reference).value;
      expect(plain(line)).toBe(formatReference(reference));
      expect(line).toContain(`<a href="${reference.URL.replace(/&/g, '&amp;')}" class="reference-url">`);
      expect(line).toContain(`<span lang="${reference.language}">${reference.title}</span>`);
    },
  );

  it('shows the title as published, its translation, its number and a QR code of its URL', () => {
    const reference = lecture.references.find((r) => r['translated-title'])!;
    const entry = ReferenceEntry(reference, lecture).value;
    expect(entry).toContain(
      `<span class="reference-number">[${lecture.references.indexOf(reference) + 1}]</span>`,
    );
    expect(entry).toContain(`<span lang="ko">${reference.title}</span>`);
    expect(entry).toContain(
      `<p class="reference-translation" lang="en">${reference['translated-title']}</p>`,
    );
    expect(entry).toContain(`role="img" aria-label="QR code: ${reference.URL}"`);
    // The QR code is the path @vmvc/design draws for exactly this URL (the handouts print the same one),
    // in a viewBox of the symbol and its quiet zone.
    const qr = qrPath(reference.URL);
    expect(entry).toContain(
      `viewBox="0 0 ${qr.extent} ${qr.extent}" shape-rendering="crispEdges"><path fill="${colors.ink}" d="${qr.d}"/></svg>`,
    );
  });
});
