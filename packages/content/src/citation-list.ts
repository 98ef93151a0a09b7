// The citation list both media print after a section or slide: `[1], [3]`.
import type { Lecture } from './types.ts';

/**
 * The numbers of the given references (each a reference or its id) in the lecture's reference list, in
 * ascending order, each once: `[1], [3]`. An id the lecture does not list is left out (validation
 * guarantees every cited id exists); no references give "".
 */
export function citationList(references: readonly (string | { id: string })[], lecture: Lecture): string {
  const number = new Map(lecture.references.map((r, i) => [r.id, i + 1]));
  const numbers = new Set<number>();
  for (const reference of references) {
    const n = number.get(typeof reference === 'string' ? reference : reference.id);
    if (n !== undefined) numbers.add(n);
  }
  return [...numbers]
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join(', ');
}
