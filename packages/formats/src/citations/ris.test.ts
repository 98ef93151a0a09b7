import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { type Lecture, lecture, type Reference } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileLecture } from '../test-support/hostile-lecture.ts';
import { dateParts, distinctPublisher, titleWithTranslation } from './reference-fields.ts';
import { exportRis } from './ris.ts';

const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The records of the file as citation-js's RIS reader splits them: tag to value. */
function records(from: Lecture): Record<string, string | string[]>[] {
  return plugins.input.chainLink(exportRis(from)) as Record<string, string | string[]>[];
}

/** The file as citation-js makes CSL of it. */
function items(from: Lecture): Record<string, unknown>[] {
  return new Cite(exportRis(from), { forceType: '@ris/file' }).data;
}

const risDate = (date: Reference['accessed']) =>
  dateParts(date)
    .map((n) => String(n).padStart(2, '0'))
    .join('/');

function expectedRecord(reference: Reference) {
  const publisher = distinctPublisher(reference);
  const authors = (reference.author ?? []).map((a) => spaced(a.literal));
  return {
    TY: 'ELEC',
    ...(authors.length ? { AU: authors.length === 1 ? authors[0] : authors } : {}),
    TI: spaced(titleWithTranslation(reference)),
    T2: spaced(reference['container-title']),
    ...(publisher ? { PB: spaced(publisher) } : {}),
    ...(reference.issued
      ? { PY: String(dateParts(reference.issued)[0]), DA: risDate(reference.issued) }
      : {}),
    Y2: risDate(reference.accessed),
    UR: reference.URL,
    LA: reference.language,
  };
}

const expectSameReferences = (from: Lecture) => {
  expect(records(from)).toEqual(from.references.map(expectedRecord));
  // What citation-js, one of the readers, makes of them. (It reads a web page's access date from M1 and VL,
  // as the 2011 RIS table lists them; EndNote, Mendeley and Zotero write and read Y2, as here.)
  const read = items(from);
  read.forEach((item, i) => {
    const reference = from.references[i]!;
    expect(item).toMatchObject({
      type: 'webpage',
      title: spaced(titleWithTranslation(reference)),
      URL: reference.URL,
      language: reference.language,
      ...(reference.issued ? { issued: reference.issued } : {}),
    });
    expect(item.note).toBeUndefined();
  });
};

describe('RIS export', () => {
  it('gives a RIS reader the references back: web pages with title, site, dates, address and language', () => {
    expectSameReferences(lecture);
    expect(items(lecture).map((item) => item['collection-title'])).toEqual(
      lecture.references.map((r) => r['container-title']),
    );
  });

  it('writes tagged lines ended by CR LF, one ELEC record per reference, UTF-8 Hangul as it is', () => {
    const ris = exportRis(lecture);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ris.split('\r\n');
    expect(lines.filter((line) => line !== '').every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(lines.filter((line) => line === 'TY  - ELEC')).toHaveLength(lecture.references.length);
    expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(lecture.references.length);
    expect(ris.split('\r\n\r\n')[2]).toBe(
      [
        'TY  - ELEC',
        'AU  - Gabia',
        'TI  - 서버 가상화 기술의 진화: VM과 컨테이너 [The evolution of server virtualization technology: VMs and containers]',
        'T2  - Gabia Library',
        'PY  - 2021',
        'DA  - 2021/12/01',
        'Y2  - 2024/09/22',
        'UR  - https://library.gabia.com/contents/infrahosting/7426/',
        'LA  - ko',
        'ER  - ',
      ].join('\r\n'),
    );
  });

  it('writes a publisher only where it is not the site or the author, and no editorial note', () => {
    const byId = new Map(records(lecture).map((r, i) => [lecture.references[i]!.id, r]));
    expect(byId.get('google-cloud-containers-vs-vms')!.PB).toBe('Google');
    expect(byId.get('red-hat-containers-vs-vms')!.PB).toBeUndefined();
    expect(byId.get('microsoft-containers-vs-vm')!.PB).toBeUndefined();
    for (const record of records(lecture)) expect(record.N1).toBeUndefined();
  });

  it('keeps a value that spans lines on its one line', () => {
    const own = freshLecture();
    own.references[0]!.title = 'A title\nover two lines';
    expect(records(own)[0]!.TI).toBe('A title over two lines [Containers vs. virtual machines]');
  });

  it('carries hostile text through unchanged', () => {
    expectSameReferences(hostileLecture());
  });
});
