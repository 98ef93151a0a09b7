// The speaker view that reveal.js's notes plugin writes into its popup. The popup inherits the deck's CSP,
// so the build needs the exact inline script, stylesheet and style attributes of that page to allow them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

const require = createRequire(import.meta.url);

export interface SpeakerViewInline {
  file: string;
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
}

/** The end of a JavaScript double-quoted string literal that starts at `start` (the opening quote). */
function stringLiteralEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
    else if (c === '\n') break;
  }
  return -1;
}

/** The inline parts of an HTML page: script and style element contents and style attribute values. */
export function inlineParts(page: string): Omit<SpeakerViewInline, 'file'> {
  const all = (re: RegExp) => [...page.matchAll(re)].map((m) => m[1] ?? '');
  return {
    scripts: all(/<script>([\s\S]*?)<\/script>/g),
    styles: all(/<style>([\s\S]*?)<\/style>/g),
    styleAttributes: [...new Set(all(/\sstyle="([^"]*)"/g))],
  };
}

export async function speakerViewInline(): Promise<SpeakerViewInline> {
  const file = require.resolve('reveal.js/plugin/notes').replace(/\.js$/, '.mjs');
  const source = await readFile(file, 'utf8');
  const marker = '.document.write(';
  const at = source.indexOf(marker);
  const start = at + marker.length;
  const end = at < 0 || source[start] !== '"' ? -1 : stringLiteralEnd(source, start);
  if (end < 0) {
    throw new Error(
      `${file}: the speaker view page (document.write("...")) was not found: the deck's CSP cannot allow it. ` +
        'Check src/build/speaker-view.ts against this reveal.js version.',
    );
  }
  // A string literal evaluated on its own, in an empty context: no code of the plugin runs.
  const page = runInNewContext(source.slice(start, end)) as string;
  const parts = inlineParts(page);
  if (parts.scripts.length === 0 || parts.styles.length === 0) {
    throw new Error(`${file}: the speaker view page has no inline script or style: expected one of each`);
  }
  return { file, ...parts };
}
