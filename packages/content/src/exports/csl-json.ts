// The references as CSL-JSON, the format Zotero, pandoc `--citeproc` and citation-js read.
import type { Lecture } from '../schema/index.ts';

/**
 * The lecture's references as a CSL-JSON array, in citation order ([1] first), two-space indented with
 * a final newline. The items are the lecture's own: Korean titles as published, with `translated-title`.
 */
export function exportCslJson(lecture: Lecture): string {
  return `${JSON.stringify(lecture.references, null, 2)}\n`;
}
