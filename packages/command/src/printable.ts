// Text made safe to show in a terminal: a lecture file is anyone's, and an escape sequence in a field name or
// a file name would otherwise recolour, retitle or rewrite the lecturer's terminal.

/** C0 and C1 controls (but the line feed), DEL, and bidirectional controls that reorder what is shown. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every control character written out as `\u001b`, so it shows instead of acting. */
export function printable(text: string): string {
  return text.replace(unsafe, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
