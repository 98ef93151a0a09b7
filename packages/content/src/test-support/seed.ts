// Reads the author's original text (packages/content/seed), the oracle the data is checked against.
import { readFileSync } from 'node:fs';

const seedUrl = new URL('../../seed/vm-vs-container.txt', import.meta.url);

/** The seed's lines, as the author typed them. */
export function seedLines(): string[] {
  return readFileSync(seedUrl, 'utf8').split(/\r?\n/);
}

/** The seed's lines of the form `Name: text` between two marker lines (exclusive). */
export function seedEntries(from: string, to: string): { name: string; text: string }[] {
  const lines = seedLines();
  const start = lines.indexOf(from);
  const end = lines.indexOf(to, start + 1);
  if (start < 0 || end < 0) throw new Error(`seed markers not found: ${from} .. ${to}`);
  return lines
    .slice(start + 1, end)
    .filter((line) => line.includes(': '))
    .map((line) => {
      const at = line.indexOf(': ');
      return { name: line.slice(0, at).trim(), text: line.slice(at + 2).trim() };
    });
}
