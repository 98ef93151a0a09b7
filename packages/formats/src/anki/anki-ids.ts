// The ids Anki matches imports by, made from the lecture instead of the clock or chance: a note's GUID (the
// same in the text file and the package, so a re-import updates the note) and the numeric ids of a package.
import { fnv1a64 } from '@vmvc/content';

/** The 91 characters Anki writes its own GUIDs in (`guid64()` in Anki; genanki's `guid_for` uses the same). */
const base91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A GUID in Anki's form (up to 10 base-91 digits of a 64-bit number), the same for the same key. */
export function ankiGuid(key: string): string {
  let n = fnv1a64(key);
  let guid = '';
  do {
    guid = base91.charAt(Number(n % 91n)) + guid;
    n /= 91n;
  } while (n > 0n);
  return guid;
}

/** Milliseconds in a day: the spread of the ids and modification times made from one date. */
export const dayMs = 86_400_000;

/**
 * An id in `[start, start + span)` for the key. Anki's note, card and deck ids are creation times in
 * milliseconds, and it renumbers ids later than tomorrow when it opens a package: ids from the lecture's date
 * are valid, and show that date as the day a card was added.
 */
export function ankiId(key: string, start: number, span: number): number {
  return start + Number(fnv1a64(key) % BigInt(span));
}
