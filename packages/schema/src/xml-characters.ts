// The characters XML 1.0 can hold, checked where a lecture is written as XML or HTML (the PowerPoint, QTI,
// Moodle XML, Anki's fields): a second line behind validation, for a lecture handed to a writer without it.
// A character XML forbids makes the whole file unreadable (PowerPoint and LibreOffice refuse the slide), so
// the writer refuses it, naming the field, rather than writing a broken file or changing the text.
import { codePoint, textFields } from './text-fields.ts';

/** Anything but #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (lone surrogates too). */
const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** A character of the lecture that XML 1.0 cannot hold, found by the writer of `output`. */
export class XmlCharacterError extends Error {
  override name = 'XmlCharacterError';
  constructor(
    readonly output: string,
    /** Where in the lecture, e.g. `terms[2].definition`. */
    readonly path: string,
    /** The character, e.g. `U+FFFF`. */
    readonly character: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Throws an `XmlCharacterError` for the first string of `value` that holds a character XML 1.0 forbids;
 * `output` names what was being written ("the PowerPoint", "QTI").
 */
export function assertXmlCharacters(value: unknown, output: string): void {
  for (const { path, text } of textFields(value)) {
    const found = notXml.exec(text);
    if (!found) continue;
    const at = [...text.slice(0, found.index)].length + 1;
    const character = codePoint(found[0]);
    throw new XmlCharacterError(
      output,
      path,
      character,
      `${output}: ${path}: ${character} at character ${at} cannot be written: XML 1.0 does not allow it; expected characters XML 1.0 allows (#x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000-#x10FFFF)`,
    );
  }
}
