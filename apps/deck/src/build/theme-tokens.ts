// The design tokens of @vmvc/design as CSS custom properties, which the deck's stylesheet (deck.css) uses:
// the handouts take their colours from the same tokens, so screen and paper look alike.
import { colors, fontFamily, layerFills, sideColors } from '@vmvc/design';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export function themeTokensCss(): string {
  const vars: [string, string][] = [
    ...Object.entries(colors).map(([k, v]): [string, string] => [`--color-${kebab(k)}`, v]),
    ...Object.entries(sideColors).map(([k, v]): [string, string] => [`--side-${k}`, v]),
    ...Object.entries(layerFills).map(([k, v]): [string, string] => [`--layer-${k}`, v]),
    ['--font-family', `"${fontFamily}", sans-serif`],
  ];
  return `:root{${vars.map(([k, v]) => `${k}:${v}`).join(';')}}`;
}
