// The lecture's authors on the title and closing slides, `Junghyun Kim (김정현)`: the line @vmvc/content
// words for every medium, the original-script name marked with its language.
import { type Author, authorRuns } from '@vmvc/content';
import { html, type SafeHtml } from './html.ts';

export function AuthorLine(authors: readonly Author[]): SafeHtml {
  return html`${authorRuns(authors).map((run) => (run.lang ? html`<span lang="${run.lang}">${run.text}</span>` : run.text))}`;
}
