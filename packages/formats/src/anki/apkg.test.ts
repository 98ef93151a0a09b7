import { createHash } from 'node:crypto';
import { type Lecture, lecture, slideSequence } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { getExportFormat } from '../formats.ts';
import { type AnkiPackage, readAnkiPackage, showCard, shownText } from '../test-support/anki-package.ts';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileLecture } from '../test-support/hostile-lecture.ts';
import { flashcards } from './anki.ts';
import { AnkiHistoryError } from './anki-history.ts';
import { dayMs } from './anki-ids.ts';
import { exportApkg } from './apkg.ts';

const keysOf = (value: object) => Object.keys(value);

// The keys Anki's schema-11 readers (rslib notetype/schema11.rs, decks/schema11.rs, deckconfig/schema11.rs)
// have no default for: without one, Anki cannot open the collection.
const noteTypeKeysAnkiRequires = ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css'];
const fieldKeysAnkiRequires = ['name', 'ord', 'sticky', 'rtl', 'font', 'size'];
const deckKeysAnkiRequires = [
  'id',
  'name',
  'usn',
  'collapsed',
  'dyn',
  'conf',
  'newToday',
  'revToday',
  'lrnToday',
  'timeToday',
];
const optionsKeysAnkiRequires = [
  'id',
  'mod',
  'name',
  'usn',
  'maxTaken',
  'autoplay',
  'timer',
  'new',
  'rev',
  'lapse',
];

/** The source line of the Kernel card: the slide that defines the term, by number. */
const kernelSlide = slideSequence(lecture).find((s) => s.terms.some((t) => t.id === 'kernel'));
const kernelSource = `VM vs Container · Junghyun Kim (김정현) · slide ${kernelSlide?.number}`;

const dayStart = (l: Lecture) => Date.parse(`${l.meta.date}T00:00:00Z`);

/** The one note type and the lecture's deck of a package. */
async function open(l: Lecture) {
  const pkg = await readAnkiPackage(await exportApkg(l));
  const noteTypes = Object.values(pkg.col.models);
  const deck = Object.values(pkg.col.decks).find((d) => d.name !== 'Default');
  if (noteTypes.length !== 1 || !noteTypes[0] || !deck)
    throw new Error('expected one note type and one deck');
  return { ...pkg, noteType: noteTypes[0], deck };
}

describe('Anki package export', () => {
  it('refuses a lecture holding a character XML 1.0 forbids in a note field, naming the field', async () => {
    const broken = freshLecture();
    broken.comparison.rows[0]!.vm = 'a lone \uD83D half';
    await expect(exportApkg(broken)).rejects.toThrow(
      /^the Anki package: comparison\.rows\[0\]\.vm: U\+D83D at character 8 cannot be written: XML 1\.0 does not allow it/,
    );
  });

  it('is a zip of collection.anki2 (Anki schema 11, sound SQLite) and an empty media list', async () => {
    const pkg = await open(lecture);
    expect(pkg.entries).toEqual(['collection.anki2', 'media']);
    expect(pkg.media).toEqual({});
    expect(pkg.integrity).toEqual(['ok']);
    expect(pkg.tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    expect(pkg.col.ver).toBe(11);
    expect(pkg.col.crt).toBe(dayStart(lecture) / 1000);
    expect(pkg.col.tags).toEqual({});
    expect(pkg.col.conf).toMatchObject({ curDeck: pkg.deck.id, curModel: pkg.noteType.id });
  });

  it('brings its own note type: Front, Back, Section, Source and one card that shows Hangul', async () => {
    const { noteType } = await open(lecture);
    expect(keysOf(noteType)).toEqual(expect.arrayContaining(noteTypeKeysAnkiRequires));
    expect(noteType.name).toBe('Lecture flashcard (vmvc)');
    expect(noteType.type).toBe(0);
    expect(String(noteType.id)).toMatch(/^\d+$/);
    expect(noteType.flds.map((f) => [f.ord, f.name])).toEqual([
      [0, 'Front'],
      [1, 'Back'],
      [2, 'Section'],
      [3, 'Source'],
    ]);
    for (const field of noteType.flds)
      expect(keysOf(field)).toEqual(expect.arrayContaining(fieldKeysAnkiRequires));
    expect(noteType.tmpls).toHaveLength(1);
    expect(noteType.tmpls[0]).toMatchObject({ name: 'Recall', ord: 0 });
    expect(noteType.req).toEqual([[0, 'all', [0]]]);
    expect(noteType.css).toMatch(
      /font-family: Arial, "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans KR"/,
    );
  });

  it('puts the cards in a deck named after the lecture, with Anki’s Default deck and options beside it', async () => {
    const { col, deck, cards } = await open(lecture);
    expect(Object.values(col.decks).map((d) => d.name)).toEqual(['Default', 'VM vs Container']);
    for (const d of Object.values(col.decks)) {
      expect(keysOf(d)).toEqual(expect.arrayContaining(deckKeysAnkiRequires));
      expect(col.decks[String(d.id)]).toBe(d);
      expect(d).toMatchObject({ dyn: 0, conf: 1 });
    }
    expect(shownText(deck.desc)).toMatch(
      /^How virtual machines and containers isolate applications, and when to use which\nJunghyun Kim \(김정현\) · v\d+\.\d+\.\d+ · [0-9a-f]{8}$/,
    );
    expect(Object.keys(col.dconf)).toEqual(['1']);
    expect(keysOf(col.dconf['1'] ?? {})).toEqual(expect.arrayContaining(optionsKeysAnkiRequires));
    expect(new Set(cards.map((c) => c.did))).toEqual(new Set([deck.id]));
  });

  it('has one note per term and per comparison row, its fields in the note type’s order', async () => {
    const { notes, noteType } = await open(lecture);
    const cards = flashcards(lecture);
    expect(notes).toHaveLength(lecture.terms.length + lecture.comparison.rows.length);
    const byGuid = new Map(notes.map((n) => [n.guid, n]));
    expect(byGuid.size).toBe(notes.length);
    for (const card of cards) {
      const note = byGuid.get(card.guid);
      expect(note, card.id).toBeDefined();
      if (!note) continue;
      expect(note.mid).toBe(noteType.id);
      expect(note.fields.map(shownText)).toEqual([
        card.front,
        card.back.join('\n'),
        card.section?.title ?? '',
        card.source,
      ]);
      expect(note.tags).toBe(` ${card.tags.join(' ')} `);
      // Anki's sort field and duplicate checksum: the first field's text, and the first 4 bytes of its SHA-1.
      expect(note.sfld).toBe(card.front);
      expect(note.csum).toBe(createHash('sha1').update(card.front).digest().readUInt32BE(0));
    }
    const kernel = byGuid.get(cards[0]?.guid ?? '');
    expect(kernel?.fields.map(shownText)).toEqual([
      'Kernel',
      lecture.terms[0]?.definition,
      'Architecture',
      kernelSource,
    ]);
  });

  it('shows each card as Anki’s reviewer would: the front, then the answer, section and source', async () => {
    const { notes, noteType } = await open(lecture);
    const [first] = flashcards(lecture);
    const note = notes.find((n) => n.guid === first?.guid);
    if (!note) throw new Error('no note for the first card');
    const { front, back } = showCard(noteType, note);
    expect(shownText(front)).toBe('Kernel');
    expect(back.startsWith(`${front}\n\n<hr id=answer>\n\n`)).toBe(true);
    expect(shownText(back.slice(back.indexOf('<hr id=answer>')))).toBe(
      ['', '', `${lecture.terms[0]?.definition}`, 'Architecture', kernelSource].join('\n'),
    );
    // A card whose note has no section leaves the section out.
    const glossaryOnly = { ...note, fields: note.fields.map((f, i) => (i === 2 ? '' : f)) };
    expect(showCard(noteType, glossaryOnly).back).not.toContain('class="section"');
  });

  it('makes one new card per note, in lecture order, with ids Anki keeps (dated the lecture’s day)', async () => {
    const { notes, cards } = await open(lecture);
    const order = flashcards(lecture).map((c) => c.guid);
    const guidOf = new Map(notes.map((n) => [n.id, n.guid]));
    expect(cards.map((c) => guidOf.get(c.nid))).toEqual(order);
    expect(cards.map((c) => c.due)).toEqual(order.map((_, i) => i + 1));
    for (const card of cards) expect(card).toMatchObject({ ord: 0, type: 0, queue: 0 });
    const start = dayStart(lecture);
    for (const id of [...notes.map((n) => n.id), ...cards.map((c) => c.id)]) {
      expect(id).toBeGreaterThanOrEqual(start);
      expect(id).toBeLessThan(start + dayMs);
    }
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
  });

  it('gives the same bytes for the same lecture', async () => {
    const [a, b] = [await exportApkg(lecture), await exportApkg(freshLecture())];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('keeps GUIDs, note type and deck when a definition changes, so a re-import updates the one note', async () => {
    const before = await open(lecture);
    const revised = freshLecture();
    const changed = revised.terms[1];
    if (!changed) throw new Error('the lecture needs two terms');
    changed.definition = `${changed.definition} Revised.`;
    const after = await open(revised);
    expect(after.noteType.id).toBe(before.noteType.id);
    expect(after.noteType.mod).toBe(before.noteType.mod);
    expect(after.deck.id).toBe(before.deck.id);
    expect(after.notes.map((n) => n.guid)).toEqual(before.notes.map((n) => n.guid));
    const changedGuid = flashcards(revised)[1]?.guid;
    for (const [i, note] of after.notes.entries()) {
      const old = before.notes[i];
      if (note.guid === changedGuid) {
        expect(note.id).toBe(old?.id);
        expect(shownText(note.fields[1] ?? '')).toBe(changed.definition);
        // Anki updates a note whose modification time differs ("always") or is later ("if newer").
        expect(note.mod).not.toBe(old?.mod);
      } else {
        expect(note).toEqual(old);
      }
    }
  });

  it('dates a revised lecture’s notes after the earlier lecture’s, for Anki’s "update if newer"', async () => {
    const revised = freshLecture();
    revised.meta.date = '2024-09-25';
    const [before, after] = [await open(lecture), await open(revised)];
    after.notes.forEach((note, i) => {
      expect(note.mod).toBeGreaterThan(before.notes[i]?.mod ?? Number.POSITIVE_INFINITY);
    });
    expect(after.noteType.mod).toBeGreaterThan(before.noteType.mod);
  });

  it('carries hostile text through to what the cards show', async () => {
    const hostile = hostileLecture();
    const { notes, deck } = await open(hostile);
    expect(deck.name).toBe(hostile.meta.title);
    const byGuid = new Map(notes.map((n) => [n.guid, n]));
    for (const card of flashcards(hostile)) {
      const fields = byGuid.get(card.guid)?.fields.map(shownText);
      // Tabs become spaces, as in the text file: HTML shows a tab as a space anyway.
      expect(fields?.[0]).toBe(card.front.replace(/\t/g, ' '));
      expect(fields?.[1]).toBe(card.back.join('\n').replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
    }
  });

  it('is registered as the apkg format, a binary file', async () => {
    const format = getExportFormat('apkg');
    expect(format).toMatchObject({ extension: '.apkg', mediaType: 'application/apkg', binary: true });
    const bytes = await format?.render(lecture);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes as Uint8Array).equals(Buffer.from(await exportApkg(lecture)))).toBe(true);
  });
});

/** A collection as Anki's package importer sees it: each note's fields and modification time, by GUID. */
type Collection = Map<string, { mod: number; flds: string }>;

/**
 * An import with Anki's default options, as rslib's apkg importer does it (import/notes.rs): a new GUID adds the
 * note, a known one is updated only if the incoming `mod` is larger ("if newer"), and keeps that `mod`.
 * Returns the GUIDs it updated.
 */
function importIfNewer(collection: Collection, pkg: AnkiPackage): string[] {
  const updated: string[] = [];
  for (const note of pkg.notes) {
    const existing = collection.get(note.guid);
    if (existing && existing.mod >= note.mod) continue;
    if (existing) updated.push(note.guid);
    collection.set(note.guid, { mod: note.mod, flds: note.fields.join('\x1f') });
  }
  return updated;
}

describe('Anki package exported over the previous one', () => {
  /** The lecture with the definition of term `index` ending in `text`. */
  const edited = (index: number, text: string) => {
    const revised = freshLecture();
    const term = revised.terms[index];
    if (!term) throw new Error(`the lecture needs ${index + 1} terms`);
    term.definition = `${term.definition} ${text}`;
    return revised;
  };
  const guidOfTerm = (l: Lecture, index: number) =>
    flashcards(l).find((c) => c.id === `term-${l.terms[index]?.id}`)?.guid;

  it('dates an edited note later and keeps every other note’s and the note type’s time', async () => {
    const first = await exportApkg(lecture);
    const revised = edited(1, 'Revised.');
    const second = await exportApkg(revised, { previous: first });
    const [before, after] = [await open(lecture), await readAnkiPackage(second)];
    const changed = flashcards(revised)[1]?.guid;
    expect(after.notes.map((n) => n.guid)).toEqual(before.notes.map((n) => n.guid));
    for (const [i, note] of after.notes.entries()) {
      const old = before.notes[i];
      if (note.guid === changed) {
        expect(shownText(note.fields[1] ?? '')).toBe(revised.terms[1]?.definition);
        expect(note.mod).toBeGreaterThan(old?.mod ?? Number.POSITIVE_INFINITY);
      } else {
        expect({ guid: note.guid, mod: note.mod, fields: note.fields }).toEqual({
          guid: old?.guid,
          mod: old?.mod,
          fields: old?.fields,
        });
      }
    }
    expect(Object.values(after.col.models)[0]?.mod).toBe(before.noteType.mod);
  });

  it('gives the same bytes for the same lecture, and none changed when exported over itself', async () => {
    const first = await exportApkg(lecture);
    const again = await exportApkg(freshLecture(), { previous: first });
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const revised = edited(0, 'Revised.');
    const [a, b] = [
      await exportApkg(revised, { previous: first }),
      await exportApkg(edited(0, 'Revised.'), { previous: first }),
    ];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(await exportApkg(revised, { previous: a })).equals(Buffer.from(a))).toBe(true);
  });

  it('makes Anki’s default import update exactly the edited notes, edit after edit of the same note', async () => {
    const collection: Collection = new Map();
    let bytes = await exportApkg(lecture);
    expect(importIfNewer(collection, await readAnkiPackage(bytes))).toEqual([]);
    const guid = guidOfTerm(lecture, 2);
    const mods: number[] = [];
    // Three edits of one note, then one of another note with a later date, then the first one put back.
    const revisions = [
      edited(2, 'First edit.'),
      edited(2, 'Second edit.'),
      edited(2, 'Third edit.'),
      (() => {
        const later = edited(2, 'Third edit.');
        later.meta.date = '2024-10-01';
        const other = later.terms[0];
        if (other) other.definition = `${other.definition} Also edited.`;
        return later;
      })(),
      lecture,
    ];
    const expectedUpdates = [
      [guid],
      [guid],
      [guid],
      [guidOfTerm(lecture, 0)],
      [guidOfTerm(lecture, 0), guid],
    ];
    for (const [step, revision] of revisions.entries()) {
      bytes = await exportApkg(revision, { previous: bytes });
      const pkg = await readAnkiPackage(bytes);
      const updated = importIfNewer(collection, pkg);
      expect({ step, updated: updated.sort() }).toEqual({
        step,
        updated: [...(expectedUpdates[step] ?? [])].sort(),
      });
      // What Anki then holds is what the package holds: no edit was skipped.
      for (const note of pkg.notes) expect(collection.get(note.guid)?.flds).toBe(note.fields.join('\x1f'));
      mods.push(pkg.notes.find((n) => n.guid === guid)?.mod ?? 0);
    }
    expect(mods[1]).toBeGreaterThan(mods[0] ?? Number.POSITIVE_INFINITY);
    expect(mods[2]).toBeGreaterThan(mods[1] ?? Number.POSITIVE_INFINITY);
    // The later date changed no field of this note: it keeps its time.
    expect(mods[3]).toBe(mods[2]);
  });

  it('dates a note that comes back after leaving the lecture later than its last copy', async () => {
    const first = await exportApkg(edited(1, 'Edited.'), { previous: await exportApkg(lecture) });
    const without = freshLecture();
    const [removed] = without.terms.splice(1, 1);
    const second = await exportApkg(without, { previous: first });
    const third = await exportApkg(lecture, { previous: second });
    const guid = flashcards(lecture)[1]?.guid;
    const modOf = async (bytes: Uint8Array) =>
      (await readAnkiPackage(bytes)).notes.find((n) => n.guid === guid)?.mod ?? Number.NaN;
    expect(removed).toBeDefined();
    expect((await readAnkiPackage(second)).notes.some((n) => n.guid === guid)).toBe(false);
    expect(await modOf(third)).toBeGreaterThan(await modOf(first));
  });

  it('refuses a previous file that is not an Anki package', async () => {
    await expect(exportApkg(lecture, { previous: new TextEncoder().encode('notes') })).rejects.toThrow(
      AnkiHistoryError,
    );
  });
});
