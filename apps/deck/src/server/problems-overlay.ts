// What `npm run dev` shows on the page when the last save broke the lecture (or the build's checks refuse it):
// the dev server keeps the last good slides and puts the problems over them, so the lecturer need not watch the
// terminal. The next good save takes the overlay away, without a reload.
import { stripVTControlCharacters } from 'node:util';
import { escapeHtml } from '../render/html.ts';

export interface ProblemReport {
  /** What happened: `saved data/comparison.ts: the lecture has problems`. */
  reason: string;
  /** One `path: message` line each. */
  problems: string[];
  /** What the slides beneath are; the last good build unless said otherwise. */
  shown?: string;
}

/**
 * What a terminal would show of a message: without the colour and cursor sequences a compiler writes for one
 * (`\x1b[31m[PARSE_ERROR]`), and without any other control character but the line breaks and tabs of its
 * code frame. The content's dev build writes plain text already; a report from elsewhere may not be.
 */
function plainText(message: string): string {
  return stripVTControlCharacters(message)
    .replace(/(?![\n\t])\p{Cc}/gu, '')
    .trimEnd();
}

/** The overlay's markup: above the slides, styled inline (the dev page has no CSP and no stylesheet for it). */
export function problemsOverlay(report: ProblemReport): string {
  const text = (message: string) => escapeHtml(plainText(message));
  // pre-wrap: a compiler's message is lines, its code frame lined up under the source line it points at.
  const lines = report.problems.map((line) => `<li style="white-space:pre-wrap">${text(line)}</li>`).join('');
  return `<div id="vmvc-dev-problems" role="alert" style="position:fixed;inset:0 0 auto 0;z-index:1000;max-height:60vh;overflow:auto;padding:16px 24px;background:#fff5f5;color:#5c0a0a;border-bottom:4px solid #b42318;font:16px/1.45 system-ui,sans-serif;box-shadow:0 4px 24px rgb(0 0 0 / 0.25)">
<p style="margin:0 0 8px;font-weight:700">${text(report.reason)}. ${text(report.shown ?? 'The slides below are the last good build.')}</p>
<ul style="margin:0;padding-left:20px;font-family:ui-monospace,monospace;font-size:15px">${lines}</ul>
</div>`;
}

/**
 * The report of a save that did not give a lecture: the error's `problems` (one `path: message` each, as the
 * loader's validation words them) when it has them, else its whole message as one problem (a compiler's, with
 * its code frame).
 */
export function problemReport(reason: string, error: unknown): ProblemReport {
  const problems = (error as { problems?: unknown })?.problems;
  if (Array.isArray(problems) && problems.length > 0)
    return { reason: `${reason}: the lecture has problems`, problems: problems.map(String) };
  const message = error instanceof Error ? error.message : String(error);
  return { reason: `${reason}: the lecture did not load`, problems: [message] };
}
