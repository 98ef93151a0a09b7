// A QR code of a URL as inline SVG (drawn by the `qrcode` package), so students can open a source on a phone.
import QRCode from 'qrcode';
import { html, type SafeHtml, trusted } from './html.ts';

export interface QrColors {
  dark: string;
  light: string;
}

/** The QR code as an `<svg role="img">` whose accessible name says what it encodes. */
export async function QrCode(url: string, label: string, colors: QrColors): Promise<SafeHtml> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: colors.dark, light: colors.light },
  });
  const open = '<svg xmlns="http://www.w3.org/2000/svg" ';
  if (!svg.startsWith(open)) throw new Error(`qrcode: unexpected SVG output for ${url}: ${svg.slice(0, 60)}`);
  // The library's SVG carries no text, only the encoded modules; the label is ours and is escaped.
  return html`${trusted(`${open}class="qr-code" `)}role="img" aria-label="${label}" ${trusted(svg.slice(open.length).trim())}`;
}
