// Reads an Anki package as Anki does on import: unzips it, opens `collection.anki2` with SQLite (sql.js), parses
// the JSON of the `col` row, and shows a card by filling its note type's templates with the note's fields.
import { strFromU8, unzipSync } from 'fflate';
import initSqlJs, { type SqlValue } from 'sql.js';

/** Anki's schema-11 note type, as far as these tests read it. */
export interface NoteTypeJson {
  id: number;
  name: string;
  type: number;
  mod: number;
  usn: number;
  sortf: number;
  did: number | null;
  css: string;
  req: [number, string, number[]][];
  flds: { name: string; ord: number; sticky: boolean; rtl: boolean; font: string; size: number }[];
  tmpls: { name: string; ord: number; qfmt: string; afmt: string }[];
  [key: string]: unknown;
}

interface DeckJson {
  id: number;
  name: string;
  desc: string;
  dyn: number;
  conf: number;
  [key: string]: unknown;
}

export interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  tags: string;
  fields: string[];
  sfld: SqlValue;
  csum: number;
}

interface CardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  type: number;
  queue: number;
  due: number;
}

export interface AnkiPackage {
  /** The names in the zip, in order. */
  entries: string[];
  media: unknown;
  col: {
    crt: number;
    mod: number;
    scm: number;
    ver: number;
    conf: Record<string, unknown>;
    models: Record<string, NoteTypeJson>;
    decks: Record<string, DeckJson>;
    dconf: Record<string, Record<string, unknown>>;
    tags: Record<string, unknown>;
  };
  notes: NoteRow[];
  cards: CardRow[];
  /** The tables of the database, by name. */
  tables: string[];
  /** SQLite's own check of the file: `['ok']` for a sound one. */
  integrity: string[];
}

/** The rows of a query as objects keyed by column. */
function rows(db: import('sql.js').Database, query: string): Record<string, SqlValue>[] {
  const [result] = db.exec(query);
  if (!result) return [];
  return result.values.map((row) =>
    Object.fromEntries(result.columns.map((column, i) => [column, row[i] ?? null])),
  );
}

export async function readAnkiPackage(bytes: Uint8Array): Promise<AnkiPackage> {
  const files = unzipSync(bytes);
  const collection = files['collection.anki2'];
  if (!collection) throw new Error('the package has no collection.anki2');
  const SQL = await initSqlJs();
  const db = new SQL.Database(collection);
  try {
    const [col] = rows(db, 'SELECT * FROM col');
    if (!col) throw new Error('the collection has no col row');
    const json = (column: string) => JSON.parse(String(col[column]));
    return {
      entries: Object.keys(files),
      media: JSON.parse(strFromU8(files.media ?? new Uint8Array())),
      col: {
        crt: Number(col.crt),
        mod: Number(col.mod),
        scm: Number(col.scm),
        ver: Number(col.ver),
        conf: json('conf'),
        models: json('models'),
        decks: json('decks'),
        dconf: json('dconf'),
        tags: json('tags'),
      },
      notes: rows(db, 'SELECT * FROM notes ORDER BY id').map((n) => ({
        id: Number(n.id),
        guid: String(n.guid),
        mid: Number(n.mid),
        mod: Number(n.mod),
        tags: String(n.tags),
        fields: String(n.flds).split('\x1f'),
        sfld: n.sfld ?? null,
        csum: Number(n.csum),
      })),
      cards: rows(db, 'SELECT * FROM cards ORDER BY due').map((c) => ({
        id: Number(c.id),
        nid: Number(c.nid),
        did: Number(c.did),
        ord: Number(c.ord),
        type: Number(c.type),
        queue: Number(c.queue),
        due: Number(c.due),
      })),
      tables: rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((t) =>
        String(t.name),
      ),
      integrity: rows(db, 'PRAGMA integrity_check').map((r) => String(r.integrity_check)),
    };
  } finally {
    db.close();
  }
}

/**
 * A template filled in as Anki's renderer does for these templates: `{{Field}}` by the field's HTML,
 * `{{#Field}}…{{/Field}}` kept only when the field is not empty, `{{FrontSide}}` by the rendered front.
 */
function renderTemplate(template: string, fields: Record<string, string>): string {
  return template
    .replace(/\{\{#([^}]+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_, name: string, inner: string) =>
      (fields[name] ?? '').trim() ? inner : '',
    )
    .replace(/\{\{([^#/}][^}]*)\}\}/g, (_, name: string) => {
      const value = fields[name];
      if (value === undefined) throw new Error(`the template names a field the note type lacks: ${name}`);
      return value;
    });
}

/** A card as the reviewer shows it: the front, and the back (which repeats the front above the answer). */
export function showCard(noteType: NoteTypeJson, note: NoteRow, ord = 0): { front: string; back: string } {
  const template = noteType.tmpls.find((t) => t.ord === ord);
  if (!template) throw new Error(`the note type has no template ${ord}`);
  const fields = Object.fromEntries(noteType.flds.map((f) => [f.name, note.fields[f.ord] ?? '']));
  const front = renderTemplate(template.qfmt, fields);
  return { front, back: renderTemplate(template.afmt, { ...fields, FrontSide: front }) };
}

/** What a student reads in a rendered field: tags gone, `<br>` a line break, entities decoded. */
export function shownText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#35;/g, '#')
    .replace(/&amp;/g, '&');
}
