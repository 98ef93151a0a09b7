import { describe, expect, it } from 'vitest';
import { decodeEntities, textContent } from './text-content.ts';

describe('textContent', () => {
  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &#39; &#x2014; &#8212; &unknown;')).toBe(
      '<b> & "x" \' — — &unknown;',
    );
  });

  it('keeps the text and the labels people read, not the tags', () => {
    expect(
      textContent(
        '<p class="x">Kim <span lang="ko">김정현</span></p><svg aria-label="QR code: https://a.b/"></svg>',
      ),
    ).toContain('김정현');
    expect(textContent('<svg aria-label="QR code"></svg>')).toContain('QR code');
    expect(textContent('<p class="lead">x</p>')).not.toContain('lead');
  });
});
