// Every string of a JSON value with the path where it sits: what the text rules and the XML writers' guard
// read, so that each names a problem's field the same way (`sections[1].slides[0].bullets[2]`).
import { formatPath } from './problem.ts';

/** A string of the data and where it is. */
export interface TextField {
  path: string;
  text: string;
}

/** The strings of `value` in document order (object keys are names, not text: they are not visited). */
export function textFields(value: unknown): TextField[] {
  const fields: TextField[] = [];
  const walk = (item: unknown, at: (string | number)[]) => {
    if (typeof item === 'string') fields.push({ path: formatPath(at), text: item });
    else if (Array.isArray(item)) {
      item.forEach((entry, index) => {
        walk(entry, [...at, index]);
      });
    } else if (item !== null && typeof item === 'object') {
      for (const [key, entry] of Object.entries(item)) walk(entry, [...at, key]);
    }
  };
  walk(value, []);
  return fields;
}

/** A character as Unicode writes it: `U+1F9E8`, at least four hex digits. */
export const codePoint = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
