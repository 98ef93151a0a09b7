// What the package an export replaces gave Anki: each note's fields, tags and modification time, the note
// type's, and the latest time it or any package before it gave out. Anki's default import ("update notes: if
// newer") updates a note only when the incoming `notes.mod` is larger than the one in the collection, which is
// the one the last import brought: a new export keeps an unchanged note's time and gives a changed one a
// later time than any before it, which no hash of the content alone can do.
import { unzipSync } from 'fflate';
import type { SqlJsStatic, SqlValue } from 'sql.js';

/** What a note or note type looked like in the earlier package, and the time it was given. */
export interface AnkiRevision {
  /** Seconds, as Anki's `mod` columns and keys hold them. */
  mod: number;
  /** What Anki writes on an update, as one string: a note's fields and tags, a note type's JSON without `mod`. */
  content: string;
}

export interface AnkiHistory {
  /** By GUID. */
  notes: ReadonlyMap<string, AnkiRevision>;
  /** By note type id. */
  noteTypes: ReadonlyMap<number, AnkiRevision>;
  /** The latest time any note or note type of this package or of those before it was given (seconds). */
  latest: number;
}

/** The file an export was asked to replace is not an Anki package: reading it gives no history. */
export class AnkiHistoryError extends Error {}

/** A note type's JSON as the history compares it: its time and sync number left out, the rest in order. */
export function noteTypeContent(noteType: Record<string, unknown>): string {
  const { mod: _mod, usn: _usn, ...rest } = noteType;
  return JSON.stringify(rest);
}

/** A note as the history compares it: its fields (`notes.flds`) and tags (`notes.tags`). */
export function noteContent(flds: string, tags: string): string {
  return `${flds}\x1f${tags}`;
}

/** The rows of a query, each as its values in the order of the query's columns. */
function rows(db: import('sql.js').Database, query: string): SqlValue[][] {
  return db.exec(query)[0]?.values ?? [];
}

/**
 * The history in an Anki package's bytes: a zip with a schema-11 `collection.anki2`, as `exportApkg` writes.
 * Throws `AnkiHistoryError` for anything else.
 */
export function readAnkiHistory(bytes: Uint8Array, sql: SqlJsStatic): AnkiHistory {
  let collection: Uint8Array | undefined;
  try {
    collection = unzipSync(bytes, { filter: (file) => file.name === 'collection.anki2' })['collection.anki2'];
  } catch {
    throw new AnkiHistoryError('not a zip file');
  }
  if (!collection) throw new AnkiHistoryError('no collection.anki2 in it');
  let db: import('sql.js').Database | undefined;
  try {
    db = new sql.Database(collection);
    const [col] = rows(db, 'SELECT mod, models FROM col');
    if (!col) throw new AnkiHistoryError('its collection has no col row');
    const notes = new Map<string, AnkiRevision>();
    for (const [guid, mod, flds, tags] of rows(db, 'SELECT guid, mod, flds, tags FROM notes')) {
      notes.set(String(guid), { mod: Number(mod), content: noteContent(String(flds), String(tags)) });
    }
    const noteTypes = new Map<number, AnkiRevision>();
    const models = JSON.parse(String(col[1])) as Record<string, Record<string, unknown>>;
    for (const noteType of Object.values(models)) {
      noteTypes.set(Number(noteType.id), {
        mod: Number(noteType.mod),
        content: noteTypeContent(noteType),
      });
    }
    // The collection's own time (milliseconds) keeps the latest time given out even when the note that had
    // it has left the lecture, so a note that comes back is still newer than its copy in the collection.
    const latest = Math.max(
      Math.floor(Number(col[0]) / 1000),
      ...[...notes.values(), ...noteTypes.values()].map((r) => r.mod),
    );
    if (!Number.isSafeInteger(latest)) throw new AnkiHistoryError('its modification times are not numbers');
    return { notes, noteTypes, latest };
  } catch (error) {
    if (error instanceof AnkiHistoryError) throw error;
    throw new AnkiHistoryError(`its collection is not an Anki collection (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}
