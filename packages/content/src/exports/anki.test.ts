import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import { ankiField, exportAnki, flashcards } from './anki.ts';
import { everySpecial, hostileLecture } from './test-support/hostile-lecture.ts';

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

describe('Anki export', () => {
  it('declares tab separation, HTML fields, the tags column and the deck in Anki file headers', () => {
    const { headers } = readAnki(exportAnki(lecture));
    expect(headers).toEqual({
      separator: 'tab',
      html: 'true',
      columns: 'Front\tBack\tTags',
      'tags column': '3',
      deck: 'VM vs Container',
    });
  });

  it('has one card per term and per comparison row, each with front, back and tags', () => {
    const { records } = readAnki(exportAnki(lecture));
    expect(records).toHaveLength(lecture.terms.length + lecture.comparison.rows.length);
    expect(records[0]).toEqual([
      'Kernel',
      lecture.terms[0]!.definition,
      'vm-vs-container::glossary vm-vs-container::section::architecture',
    ]);
    expect(records.at(-1)).toEqual([
      'Isolation: Virtual Machines vs. Containers',
      'Virtual Machines: Offers greater isolation<br>Containers: Less isolated than VMs',
      'vm-vs-container::comparison vm-vs-container::section::comparison',
    ]);
    for (const record of records)
      expect(record[2]!.split(' ').every((tag) => /^[\p{L}\p{N}:-]+$/u.test(tag))).toBe(true);
  });

  it('escapes HTML, line breaks, tabs and a leading # in fields', () => {
    expect(ankiField('#1 <b>"a" & b</b>\tc\nd')).toBe(
      '&#35;1 &lt;b&gt;&quot;a&quot; &amp; b&lt;/b&gt; c<br>d',
    );
  });

  it('carries hostile text through unchanged', () => {
    const hostile = hostileLecture();
    const { headers, records } = readAnki(exportAnki(hostile));
    expect(headers.deck).toBe(hostile.meta.title);
    const cards = flashcards(hostile);
    expect(records).toHaveLength(cards.length);
    records.forEach((record, i) => {
      const card = cards[i]!;
      expect(shown(record[0]!)).toBe(card.front);
      // Tabs become spaces: Anki has no way to hold one in a tab-separated field.
      expect(shown(record[1]!)).toBe(card.back.join('\n').replace(/\r\n?/g, '\n').replace(/\t/g, ' '));
    });
    expect(shown(records[0]![1]!)).toContain(everySpecial.replace(/\t/g, ' '));
    expect(shown(records[2]![1]!).startsWith('# starts like a comment')).toBe(true);
  });
});
