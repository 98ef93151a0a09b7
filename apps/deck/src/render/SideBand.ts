// The band in the two sides' colours across the top of the title and closing slides.
import { html, type SafeHtml } from './html.ts';

export function SideBand(): SafeHtml {
  return html`<div class="side-band" aria-hidden="true"><span class="side-vm"></span><span class="side-container"></span></div>`;
}
