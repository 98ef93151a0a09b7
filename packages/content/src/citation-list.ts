// The citation list both media print after a section or slide: `[1], [3]`.
import type { Lecture } from './schema/index.js';

/**
 * The numbers of the given references in the lecture's reference list, in the order given: `[1], [3]`.
 * An id the lecture does not list is left out (validation guarantees every cited id exists); no
 * references give "".
 */
export function citationList(references: readonly { id: string }[], lecture: Lecture): string {
  const number = new Map(lecture.references.map((r, i) => [r.id, i + 1]));
  return references
    .flatMap(({ id }) => {
      const n = number.get(id);
      return n === undefined ? [] : [`[${n}]`];
    })
    .join(', ');
}
