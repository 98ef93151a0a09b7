import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from './html.ts';

describe('html', () => {
  it('escapes every character that could start markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror=alert(1)> & "a" 'b'`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;a&quot; &#39;b&#39;',
    );
  });

  it('escapes interpolated text but keeps nested markup and joins arrays', () => {
    const items = ['<a>', 'b&c'].map((t) => html`<li>${t}</li>`);
    const out = html`<ul title="${'"x"'}">${items}</ul>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe('<ul title="&quot;x&quot;"><li>&lt;a&gt;</li><li>b&amp;c</li></ul>');
  });

  it('drops null, undefined and false, and prints numbers', () => {
    expect(html`${null}${undefined}${false}${0}${42}`.value).toBe('042');
  });
});
