import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, cspMetaTag, pageInlineSources } from './csp.ts';

describe('csp', () => {
  it('hashes text the way browsers do: SHA-256 of the UTF-8 bytes, base64', () => {
    // The example of the CSP Level 3 specification (w3.org/TR/CSP3, "hash-source").
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    // Hangul counts as its UTF-8 bytes, not as UTF-16 code units.
    expect(cspHash('body{font-family:"Noto Sans KR"} /* 김정현 */')).toBe(
      "'sha256-o68WKSreYPBJRzo96IXCWrT4jJcbkILb7832XkU0QNA='",
    );
  });

  it('allows no network: nothing but hashes, data: fonts and images, and frames of the deck itself', () => {
    const policy = contentSecurityPolicy({
      scripts: ['a()'],
      styles: ['b{}', 'b{}'],
      styleAttributes: ['display: none'],
    });
    expect(policy).toBe(
      [
        "default-src 'none'",
        `script-src ${cspHash('a()')}`,
        `style-src ${cspHash('b{}')} 'unsafe-hashes' ${cspHash('display: none')}`,
        'font-src data:',
        'img-src data:',
        "frame-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|connect-src/);
  });

  it('finds inline scripts and styles, and no style hidden inside a script', () => {
    const page =
      '<head><style>x{}</style><script type="module" crossorigin>w.write("<style>y{}</style>")</script>' +
      '<style rel="stylesheet" crossorigin>z{}</style></head>';
    expect(pageInlineSources(page)).toEqual({
      scripts: ['w.write("<style>y{}</style>")'],
      styles: ['x{}', 'z{}'],
    });
  });

  it('writes the policy as a meta element and refuses characters that would break out of it', () => {
    expect(cspMetaTag("default-src 'none'")).toBe(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    );
    expect(() => cspMetaTag('a"><script>')).toThrow(/unexpected character/);
  });
});
