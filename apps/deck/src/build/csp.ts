// The deck's Content-Security-Policy: no network at all. Only the page's own inline script and styles (by
// hash), the speaker view the notes plugin writes (by hash), data: fonts and images, and frames of the deck
// itself (the speaker view previews the current and the next slide in iframes of this same file).
import { createHash } from 'node:crypto';

export interface InlineSources {
  scripts: readonly string[];
  styles: readonly string[];
  /** Values of style="..." attributes, allowed with 'unsafe-hashes'. */
  styleAttributes: readonly string[];
}

export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (items: readonly string[]) => [...new Set(items)];

export function contentSecurityPolicy(inline: InlineSources): string {
  const scripts = unique(inline.scripts.map(cspHash));
  const styles = unique(inline.styles.map(cspHash));
  const attributes = unique(inline.styleAttributes.map(cspHash));
  const styleSrc = [...styles, ...(attributes.length > 0 ? ["'unsafe-hashes'", ...attributes] : [])];
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styleSrc.join(' ')}`,
    'font-src data:',
    'img-src data:',
    "frame-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Every inline <script> and <style> of a page the deck builds, as the browser hashes them. */
export function pageInlineSources(page: string): Pick<InlineSources, 'scripts' | 'styles'> {
  const script = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
  const scripts = [...page.matchAll(script)].map((m) => m[1] ?? '');
  // Script text may itself hold "<style>" (the speaker view's page does): look for styles outside scripts.
  const rest = page.replace(script, '');
  const styles = [...rest.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

/** The CSP as a <meta> element. The policy holds no `"` or `&`, so it needs no escaping. */
export function cspMetaTag(policy: string): string {
  if (/["&<>]/.test(policy)) throw new Error(`CSP: unexpected character in policy: ${policy}`);
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}
