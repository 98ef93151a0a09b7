// The flashcards as an Anki collection, `collection.anki2`: an SQLite database in Anki's schema 11, the legacy
// layout that every Anki since 2.1, AnkiDroid and AnkiMobile import (Anki upgrades it as it opens it). The `col`
// row holds the note type, the decks and their options as JSON; `notes` and `cards` one row each per card.
// Every id and time comes from the lecture (its date, titles and ids) and the package it replaces, never the
// clock: the same lecture gives the same bytes, and a revised one the same GUIDs and note type id, which Anki
// matches a re-import by, and later times for what changed, which Anki's "update notes: if newer" asks for.

import { authorLine, contentStamp, type Lecture } from '@vmvc/content';
import type { SqlJsStatic } from 'sql.js';
import { ankiBack, ankiDeckName, ankiField, type Flashcard, flashcards } from './anki.ts';
import { type AnkiHistory, type AnkiRevision, noteContent, noteTypeContent } from './anki-history.ts';
import { ankiId, dayMs } from './anki-ids.ts';
import { ankiNoteType } from './anki-note-type.ts';

/** Anki's schema 11, as its 2.1 releases create a collection (and genanki writes one). */
const schema = `
CREATE TABLE col (
  id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL,
  dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL,
  decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
  tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL,
  data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL,
  factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL,
  odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL,
  lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** The schema version Anki reads from `col.ver`. */
const ankiSchemaVersion = 11;

/** Anki's own deck, which every collection has; the lecture's deck sits beside it. */
const defaultDeckId = 1;
/** The options group every deck here uses: Anki's defaults, under Anki's id for them. */
const defaultOptionsId = 1;
/** Separates the fields of a note in `notes.flds`. */
const fieldSeparator = '\x1f';

/** A note's fields in the order of the note type: Front, Back, Section, Source (HTML). */
function noteFields(card: Flashcard): string[] {
  return [
    ankiField(card.front),
    ankiBack(card),
    card.section ? ankiField(card.section.title) : '',
    ankiField(card.source),
  ];
}

/** A field as Anki's sort field and checksum see it: tags removed, entities decoded. */
function plainText(html: string): string {
  return html
    .replace(/<!--.*?-->|<[^>]*>/gs, '')
    .replace(
      /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|nbsp));/gi,
      (_, dec, hex, name: string | undefined) => {
        if (dec) return String.fromCodePoint(Number.parseInt(dec, 10));
        if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
        return { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' }[(name ?? '').toLowerCase()] ?? '';
      },
    );
}

/** Anki's duplicate check: the first 4 bytes of the SHA-1 of the first field's plain text, as a number. */
async function fieldChecksum(text: string): Promise<number> {
  const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return new DataView(digest).getUint32(0);
}

/** Midnight UTC of the lecture's date, in milliseconds. */
function lectureDayMs(lecture: Lecture): number {
  const [year = 1970, month = 1, day = 1] = lecture.meta.date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Ids from `ankiId`, each taken once: a rare clash moves to the next free millisecond. */
function idTaker(start: number) {
  const taken = new Set<number>();
  return (key: string) => {
    let id = ankiId(key, start, dayMs);
    while (taken.has(id)) id += 1;
    taken.add(id);
    return id;
  };
}

/**
 * The modification time of a note or the note type. With the package this one replaces (`history`), an
 * unchanged one keeps the time it had there, and a new or changed one gets one later than any that package or
 * those before it gave out (and than any a package without history gives the lecture's day): Anki updates
 * exactly the changed notes under "update notes: if newer". Without history there is nothing to be later
 * than: the time is the lecture's date plus an offset under a day made from the content, so that a lecture
 * with a later date is newer, and a changed note at least differs from its last import ("update: always").
 */
function modificationTimes(dayStart: number, history: AnkiHistory | undefined) {
  const daySeconds = dayStart / 1000;
  const revision = Math.max((history?.latest ?? 0) + 1, daySeconds + dayMs / 1000);
  const given: number[] = [];
  return {
    /** `key` names the note and what it holds (the offset without history); `content` is what Anki updates. */
    modified(key: string, content: string, previous: AnkiRevision | undefined): number {
      let mod: number;
      if (!history) mod = ankiId(key, daySeconds, dayMs / 1000);
      else mod = previous?.content === content ? previous.mod : revision;
      given.push(mod);
      return mod;
    },
    /** The latest time given out, this package's and its history's, in milliseconds: the collection's `mod`. */
    latestMs: () => Math.max(daySeconds, history?.latest ?? 0, ...given) * 1000,
  };
}

/**
 * The collection as the bytes of an SQLite file, written with sql.js. `history` is what the package this one
 * replaces holds (`readAnkiHistory`), which the notes' modification times continue.
 */
export async function ankiCollection(
  lecture: Lecture,
  sql: SqlJsStatic,
  history?: AnkiHistory,
): Promise<Uint8Array> {
  const dayStart = lectureDayMs(lecture);
  const daySeconds = dayStart / 1000;
  const times = modificationTimes(dayStart, history);
  const takeId = idTaker(dayStart);
  const cards = flashcards(lecture);
  const deckName = ankiDeckName(lecture);
  const deckId = takeId(`deck/${deckName}`);
  // The note type is the same for every lecture: its id comes from its name only, in the range genanki uses,
  // clear of the creation times Anki gives the note types it makes.
  const noteTypeId = ankiId(`notetype/${ankiNoteType.name}`, 2 ** 30, 2 ** 30);

  const noteTypeJson = {
    id: noteTypeId,
    name: ankiNoteType.name,
    type: 0,
    mod: 0,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: ankiNoteType.templates.map((t, ord) => ({
      name: t.name,
      ord,
      qfmt: t.front,
      afmt: t.back,
      bqfmt: '',
      bafmt: '',
      did: null,
      bfont: '',
      bsize: 0,
    })),
    flds: ankiNoteType.fields.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: ankiNoteType.css,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
      '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Each template's card is made when its front is not empty: the front shows Front only.
    req: [[0, 'all', [0]]],
    tags: [],
    vers: [],
  };
  const noteType = {
    ...noteTypeJson,
    mod: times.modified(
      JSON.stringify(ankiNoteType),
      noteTypeContent(noteTypeJson),
      history?.noteTypes.get(noteTypeId),
    ),
  };
  const deck = (id: number, name: string, desc: string) => ({
    id,
    name,
    desc,
    mod: daySeconds,
    usn: -1,
    collapsed: false,
    browserCollapsed: false,
    dyn: 0,
    conf: defaultOptionsId,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  // The deck's overview page: the subtitle, the authors and the content stamp the slides and handouts print.
  const description = [
    lecture.meta.subtitle,
    `${authorLine(lecture.meta.authors)} · ${contentStamp(lecture).text}`,
  ]
    .map(ankiField)
    .join('<br>');
  const decks = {
    [defaultDeckId]: deck(defaultDeckId, 'Default', ''),
    [deckId]: deck(deckId, deckName, description),
  };
  // Anki's default options (schema 11), as Anki 2.1 writes them for a new collection.
  const options = {
    [defaultOptionsId]: {
      id: defaultOptionsId,
      name: 'Default',
      mod: 0,
      usn: 0,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
    },
  };
  const config = {
    activeDecks: [deckId],
    curDeck: deckId,
    curModel: noteTypeId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    nextPos: cards.length + 1,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
  };

  // The notes' times first: the collection's own time is the latest of them.
  const notes = [];
  for (const card of cards) {
    const fields = noteFields(card);
    const flds = fields.join(fieldSeparator);
    const tags = ` ${card.tags.join(' ')} `;
    const mod = times.modified(
      `${card.guid}${fieldSeparator}${flds}${fieldSeparator}${tags}`,
      noteContent(flds, tags),
      history?.notes.get(card.guid),
    );
    const sortField = plainText(fields[0] ?? '');
    notes.push({ card, flds, tags, mod, sortField, checksum: await fieldChecksum(sortField) });
  }

  const db = new sql.Database();
  try {
    db.run('PRAGMA page_size = 4096');
    db.run(schema);
    db.run('BEGIN');
    // Its time is kept even after the note that had it leaves the lecture: a note that comes back is newer.
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
      daySeconds,
      times.latestMs(),
      dayStart,
      ankiSchemaVersion,
      JSON.stringify(config),
      JSON.stringify({ [noteTypeId]: noteType }),
      JSON.stringify(decks),
      JSON.stringify(options),
      '{}',
    ]);
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare(
      'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)',
    );
    for (const [index, { card, flds, tags, mod, sortField, checksum }] of notes.entries()) {
      const noteId = takeId(`note/${card.guid}`);
      insertNote.run([noteId, card.guid, noteTypeId, mod, tags, flds, sortField, checksum, '']);
      // One card per note (one template), which may share its note's id; new, in lecture order.
      insertCard.run([noteId, noteId, deckId, mod, index + 1, '']);
    }
    insertNote.free();
    insertCard.free();
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}
