import { formatReference, lecture } from '@vmvc/content';
import QRCode from 'qrcode';
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

  it('shows the title as published, its translation, its number and a QR code of its URL', async () => {
    const reference = lecture.references.find((r) => r['translated-title'])!;
    const entry = (await ReferenceEntry(reference, lecture)).value;
    expect(entry).toContain(
      `<span class="reference-number">[${lecture.references.indexOf(reference) + 1}]</span>`,
    );
    expect(entry).toContain(`<span lang="ko">${reference.title}</span>`);
    expect(entry).toContain(
      `<p class="reference-translation" lang="en">${reference['translated-title']}</p>`,
    );
    expect(entry).toContain(`role="img" aria-label="QR code: ${reference.URL}"`);
    // The QR code's modules are the ones the qrcode package computes for exactly this URL.
    const svg = await QRCode.toString(reference.URL, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#1a1f2b', light: '#ffffff' },
    });
    const modules = /<path stroke="#1a1f2b" d="([^"]+)"/.exec(svg)![1]!;
    expect(entry).toContain(modules);
  });
});
