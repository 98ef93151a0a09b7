// The flashcards as an Anki package (.apkg), the file Anki opens with File > Import or a double click: a zip of
// the collection (anki-collection.ts, with its own note type and a deck named after the lecture) and an empty
// media list. Importing a revised lecture's package updates its notes in place, scheduling kept; exported over
// the previous package, it updates exactly the notes that changed (anki-history.ts).

import type { Lecture } from '@vmvc/content';
import { assertXmlCharacters } from '@vmvc/schema/xml-characters';
import { strToU8, zipSync } from 'fflate';
import { ankiCollection } from './anki-collection.ts';
import { readAnkiHistory } from './anki-history.ts';

export interface ApkgOptions {
  /**
   * The package this one replaces (the bytes of an earlier export of the lecture): its notes keep their
   * modification times where unchanged, and the changed ones get later times, so that Anki's default import
   * ("update notes: if newer") updates exactly those. Throws `AnkiHistoryError` if it is not an Anki package.
   */
  previous?: Uint8Array;
}

/**
 * The package's bytes. sql.js (SQLite compiled to WebAssembly, which writes the collection) is loaded here,
 * on the first call, so that importing the library loads none of it. Every entry is dated the lecture's date
 * at midnight local time (zip has no time zone): the same lecture (and the same previous package) gives the
 * same bytes anywhere.
 */
export async function exportApkg(lecture: Lecture, options: ApkgOptions = {}): Promise<Uint8Array> {
  assertXmlCharacters(lecture, 'the Anki package');
  const { default: initSqlJs } = await import('sql.js');
  const sql = await initSqlJs();
  const history = options.previous && readAnkiHistory(options.previous, sql);
  const collection = await ankiCollection(lecture, sql, history);
  const [year, month, day] = lecture.meta.date.split('-').map(Number) as [number, number, number];
  // Zip cannot date a file before 1980.
  const mtime = new Date(Math.max(year, 1980), month - 1, day);
  return zipSync(
    {
      // The name Anki looks for in a package without a `meta` entry: schema 11, as anki-collection.ts writes.
      'collection.anki2': [collection, { mtime }],
      // Media file numbers to names; the cards use no media.
      media: [strToU8('{}'), { mtime }],
    },
    { level: 9 },
  );
}
