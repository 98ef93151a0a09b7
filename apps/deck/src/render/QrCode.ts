// A QR code of a URL as inline SVG, so students can open a source on a phone: the path @vmvc/design draws for
// the slides and the paper alike, its quiet zone (`quietZone` modules) included.
import { colors, qrPath } from '@vmvc/design';
import { html, type SafeHtml } from './html.ts';

/** The QR code as an `<svg role="img">` whose accessible name says what it encodes. */
export function QrCode(url: string, label: string): SafeHtml {
  const qr = qrPath(url);
  // The quiet zone is the slide's paper behind the SVG (deck.css gives .qr-code that background).
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="qr-code" role="img" aria-label="${label}" viewBox="0 0 ${qr.extent} ${qr.extent}" shape-rendering="crispEdges"><path fill="${colors.ink}" d="${qr.d}"/></svg>`;
}
