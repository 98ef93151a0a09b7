// A QR code drawn as one vector path, so it prints sharp at any size and costs a few hundred bytes.
import { Path, Rect, Svg } from '@react-pdf/renderer';
import { colors, qrPath } from '@vmvc/design';

export function QrCode({ text, size }: { text: string; size: number }) {
  const qr = qrPath(text);
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${qr.extent} ${qr.extent}`}>
      <Rect x={0} y={0} width={qr.extent} height={qr.extent} fill={colors.paper} />
      <Path d={qr.d} fill="#000000" />
    </Svg>
  );
}
