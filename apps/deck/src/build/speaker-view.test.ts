import { describe, expect, it } from 'vitest';
import { inlineParts, speakerViewInline } from './speaker-view.ts';

describe('the speaker view of reveal.js’s notes plugin', () => {
  it('is found in the installed plugin, with its inline script, stylesheet and style attributes', async () => {
    const view = await speakerViewInline();
    expect(view.file).toMatch(/reveal\.js[/\\]dist[/\\]plugin[/\\]notes\.mjs$/);
    expect(view.scripts).toHaveLength(1);
    expect(view.scripts[0]).toContain("namespace === 'reveal-notes'");
    expect(view.styles).toHaveLength(1);
    expect(view.styles[0]).toContain('#speaker-controls');
    expect(view.styleAttributes).toEqual(['display: none']);
  });

  it('reads the inline parts of a page', () => {
    expect(inlineParts('<style>a{}</style><p style="color: red">x</p><script>go()</script>')).toEqual({
      scripts: ['go()'],
      styles: ['a{}'],
      styleAttributes: ['color: red'],
    });
  });
});
