import { describe, expect, it } from 'vitest';
import { problemReport, problemsOverlay } from './problems-overlay.ts';

// What rolldown's error for a syntax error in a data file looks like, colours and code frame included.
const esc = '\u001b';
const parseError = [
  'Build failed with 1 error:',
  '',
  `${esc}[31m[PARSE_ERROR] Error:${esc}[0m Identifier expected. 'const' is a reserved word that cannot be used here.`,
  `   ${esc}[38;5;246m╭${esc}[0m${esc}[38;5;246m─${esc}[0m${esc}[38;5;246m[${esc}[0m src/data/terms.ts:5:14 ${esc}[38;5;246m]${esc}[0m`,
  ` ${esc}[38;5;246m5 │${esc}[0m ${esc}[38;5;249me${esc}[0m${esc}[38;5;249mx${esc}[0mport const const terms`,
].join('\n');

/** The text a browser shows of the overlay's markup (its tags gone, its entities read). */
const shown = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the problems overlay', () => {
  it('shows a compiler message with colour codes as its plain words', () => {
    const markup = problemsOverlay({
      reason: `saved data/terms.ts: ${esc}[1mthe build failed${esc}[22m`,
      problems: [parseError],
    });
    expect(markup).not.toContain(esc);
    expect(markup).not.toMatch(/\[(?:\d+;)*\d*m/);
    const text = shown(markup);
    expect(text).toContain(
      'saved data/terms.ts: the build failed. The slides below are the last good build.',
    );
    expect(text).toContain(
      "[PARSE_ERROR] Error: Identifier expected. 'const' is a reserved word that cannot be used here.",
    );
    expect(text).toContain('   ╭─[ src/data/terms.ts:5:14 ]\n 5 │ export const const terms');
  });

  it('drops other control characters and keeps the line breaks and tabs', () => {
    const markup = problemsOverlay({
      reason: 'saved data/meta.ts: the lecture has problems',
      problems: [
        `meta.title:\tempty\u0007 text\r\n${esc}]8;;https://example.org${esc}\\link${esc}]8;;${esc}\\`,
      ],
    });
    expect(markup).not.toMatch(/\p{Cc}(?<![\n\t])/u);
    expect(shown(markup)).toContain('meta.title:\tempty text\nlink');
  });
});

describe('problemReport', () => {
  it('lists a validation’s problems, one `path: message` each', () => {
    const error = Object.assign(new Error('lecture.ts: 1 problem'), {
      problems: ['comparison.rows[3].container: empty text: expected words'],
    });
    expect(problemReport('saved data/comparison.ts', error)).toEqual({
      reason: 'saved data/comparison.ts: the lecture has problems',
      problems: ['comparison.rows[3].container: empty text: expected words'],
    });
  });

  it('keeps a compiler’s message whole, its code frame with it', () => {
    const report = problemReport(
      'saved data/comparison.ts',
      new Error('[PARSE_ERROR] x\n 7 │ export const const'),
    );
    expect(report).toEqual({
      reason: 'saved data/comparison.ts: the lecture did not load',
      problems: ['[PARSE_ERROR] x\n 7 │ export const const'],
    });
  });
});
