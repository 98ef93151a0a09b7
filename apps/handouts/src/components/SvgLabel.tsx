// Text inside an <Svg>. react-pdf reads the font of SVG text from its props, and falls back to the built-in
// Helvetica (which cannot draw Hangul) when they are missing, so every SVG label goes through here.
import { Text } from '@react-pdf/renderer';
import { fontFamily, fontWeights } from '@vmvc/design';

interface SvgLabelProps {
  x: number;
  y: number;
  fontSize: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  children: string;
}

export function SvgLabel({ x, y, fontSize, fill, bold = false, anchor = 'middle', children }: SvgLabelProps) {
  // The typings of SVG text omit the font props react-pdf reads at run time.
  const props = {
    x,
    y,
    fill,
    textAnchor: anchor,
    fontFamily,
    fontSize,
    fontWeight: bold ? fontWeights.bold : fontWeights.regular,
  } as unknown as { x: number; y: number };
  return <Text {...props}>{children}</Text>;
}
