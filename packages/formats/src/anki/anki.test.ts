import { type Lecture, lecture } from '@vmvc/content';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { everySpecial, hostileLecture } from '../test-support/hostile-lecture.ts';
import { ankiField, exportAnki, flashcards } from './anki.ts';

/**
 * Reads the file as Anki's importer does: lines starting with `#` are headers or comments, fields are
 * tab-separated, and with "allow HTML" on, entities and `<br>` are what the card shows.
 */
function readAnki(text: string) {
  const headers = Object.fromEntries(
    text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .map((l) => l.slice(1).split(/:(.*)/s).slice(0, 2)),
  );
  const records: string[][] = parse(text, {
    delimiter: '\t',
    comment: '#',
    comment_no_infix: true,
    relax_column_count: false,
  });
  return { headers, records };
}

const shown = (html: string) =>
  html
    .replace(/<br>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#35;/g, '#')
    .replace(/&amp;/g, '&');

const guidPattern = /^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/;

describe('Anki export', () => {
  it('names note type, columns, tags, deck and GUID columns and the update rule in Anki file headers', () => {
    const { headers } = readAnki(exportAnki(lecture));
    expect(headers).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      columns: 'Front\tBack\tTags\tDeck\tGUID',
      'tags column': '3',
      'deck column': '4',
      'guid column': '5',
      'if matches': 'update current',
    });
  });

  it('has one note per term and per comparison row: front, back, tags, the lecture’s deck and a GUID', () => {
    const { records } = readAnki(exportAnki(lecture));
    const cards = flashcards(lecture);
    expect(records).toHaveLength(lecture.terms.length + lecture.comparison.rows.length);
    expect(records[0]).toEqual([
      'Kernel',
      lecture.terms[0]!.definition,
      'vm-vs-container::glossary vm-vs-container::section::architecture',
      'VM vs Container',
      cards[0]!.guid,
    ]);
    expect(records.at(-1)).toEqual([
      'Isolation: Virtual machines vs. Containers',
      'Virtual machines: Offers greater isolation<br>Containers: Less isolated than VMs',
      'vm-vs-container::comparison vm-vs-container::section::comparison',
      'VM vs Container',
      cards.at(-1)!.guid,
    ]);
    for (const record of records)
      expect(record[2]!.split(' ').every((tag) => /^[\p{L}\p{N}:-]+$/u.test(tag))).toBe(true);
  });

  it('gives each note a GUID of its own that a revised lecture keeps, so a re-import updates the note', () => {
    const guids = (l: Lecture) => readAnki(exportAnki(l)).records.map((r) => r[4]!);
    const before = guids(lecture);
    expect(new Set(before).size).toBe(before.length);
    for (const guid of before) expect(guid).toMatch(guidPattern);

    const revised = freshLecture();
    revised.terms[1]!.definition = 'A new definition.';
    revised.terms[1]!.term = 'A renamed term';
    revised.comparison.rows[0]!.vm = 'A new value';
    expect(guids(revised)).toEqual(before);

    // Another lecture (another title) gets GUIDs of its own, so its import leaves this one's notes alone.
    const other = freshLecture();
    other.meta.title = 'Another lecture';
    expect(guids(other).filter((guid) => before.includes(guid))).toEqual([]);
  });

  it('escapes HTML, line breaks, tabs and a leading # in fields', () => {
    expect(ankiField('#1 <b>"a" & b</b>\tc\nd')).toBe(
      '&#35;1 &lt;b&gt;&quot;a&quot; &amp; b&lt;/b&gt; c<br>d',
    );
  });

  it('carries hostile text through unchanged', () => {
    const hostile = hostileLecture();
    const { records } = readAnki(exportAnki(hostile));
    const cards = flashcards(hostile);
    expect(records).toHaveLength(cards.length);
    records.forEach((record, i) => {
      const card = cards[i]!;
      expect(shown(record[0]!)).toBe(card.front);
      // Tabs become spaces: Anki has no way to hold one in a tab-separated field.
      expect(shown(record[1]!)).toBe(card.back.join('\n').replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
      // The deck is a name, not HTML: its quotes come back from CSV quoting.
      expect(record[3]).toBe(hostile.meta.title);
    });
    expect(shown(records[0]![1]!)).toContain(everySpecial.replace(/\t/g, ' '));
    expect(shown(records[2]![1]!).startsWith('# starts like a comment')).toBe(true);
  });

  it('refuses a lecture holding a character XML 1.0 forbids in a field, naming the field', () => {
    const broken = freshLecture();
    broken.terms[0]!.term = 'Kernel \uFFFF';
    expect(() => exportAnki(broken)).toThrow(
      /^the Anki text file: terms\[0\]\.term: U\+FFFF at character 8 cannot be written: XML 1\.0 does not allow it/,
    );
  });

  it('keeps a lecture title with :: in one deck', () => {
    const nested = freshLecture();
    nested.meta.title = 'Systems::VM vs Container';
    expect(readAnki(exportAnki(nested)).records[0]![3]).toBe('Systems:VM vs Container');
  });
});
