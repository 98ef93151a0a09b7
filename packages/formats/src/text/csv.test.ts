import { lecture } from '@vmvc/content';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { hostileLecture } from '../test-support/hostile-lecture.ts';
import { csvField, exportComparisonCsv, exportProductsCsv, productsCsvColumns } from './csv.ts';

/** A strict RFC 4180 reader: CRLF between records, quotes only where allowed, equal row lengths. */
const read = (text: string): string[][] =>
  parse(text, { record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, bom: false });

describe('CSV export', () => {
  it('writes the comparison table with its columns, one record per row', () => {
    const [header, ...records] = read(exportComparisonCsv(lecture));
    // Literal: a spreadsheet or script that reads the file by column name depends on these.
    expect(header).toEqual(['id', 'aspect', 'vm', 'container']);
    expect(records).toEqual(lecture.comparison.rows.map((r) => [r.id, r.aspect, r.vm, r.container]));
    expect(records[0]).toEqual([
      'operating-system',
      'Operating system',
      'Has its own kernel',
      'Shares host OS kernel',
    ]);
  });

  it('writes the product list with its columns, one record per product', () => {
    const [header, ...records] = read(exportProductsCsv(lecture));
    expect(header).toEqual([
      'id',
      'name',
      'kind',
      'category',
      'description',
      'vendor',
      'license_model',
      'license_spdx',
      'license_note',
      'homepage',
    ]);
    expect(records.map((r) => r[1])).toEqual(lecture.products.map((p) => p.name));
    const docker = records.find((r) => r[0] === 'docker')!;
    expect(Object.fromEntries(productsCsvColumns.map((c, i) => [c, docker[i]]))).toEqual({
      id: 'docker',
      name: 'Docker',
      kind: 'container',
      category: 'container-engine',
      description:
        'The most widely used container platform that containerizes applications to provide portability and scalability.',
      vendor: 'Docker, Inc.',
      license_model: 'open-source',
      license_spdx: 'Apache-2.0',
      license_note: 'Docker Engine (the Moby project); Docker Desktop is proprietary.',
      homepage: 'https://www.docker.com/',
    });
    expect(records.find((r) => r[0] === 'vmware-vsphere')!.slice(6, 9)).toEqual(['proprietary', '', '']);
  });

  it('ends every record with CRLF and quotes only the fields that need it', () => {
    const text = exportProductsCsv(lecture);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain(',"Docker, Inc.",');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('say "hi", twice\nthen')).toBe('"say ""hi"", twice\nthen"');
  });

  it('neutralises cells a spreadsheet would run as formulas, as OWASP describes, and SheetJS sees text', () => {
    const hostile = structuredClone(lecture);
    const cells = ['=HYPERLINK("https://evil.example","click")', '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1'];
    hostile.comparison.rows.forEach((row, i) => {
      row.vm = cells[i % cells.length]!;
    });
    const text = exportComparisonCsv(hostile);
    const records = read(text).slice(1);
    records.forEach((record, i) => {
      expect(record[2]).toBe(`'${cells[i % cells.length]}`);
    });
    // SheetJS reads an unquoted leading "=" as a formula (it did before): no cell is one now.
    const sheet = XLSX.read(text, { type: 'string' });
    const cellsRead = Object.entries(sheet.Sheets[sheet.SheetNames[0]!]!).filter(
      ([key]) => !key.startsWith('!'),
    );
    expect(cellsRead.filter(([, cell]) => (cell as { f?: string }).f !== undefined)).toEqual([]);
    expect(csvField('-')).toBe(`"'-"`);
    expect(csvField('Apache-2.0')).toBe('Apache-2.0');
  });

  it('carries commas, quotes and line breaks in cells through unchanged', () => {
    const hostile = hostileLecture();
    const [, first] = read(exportComparisonCsv(hostile));
    const row = hostile.comparison.rows[0]!;
    // The container cell starts with "-": neutralised, the rest unchanged.
    expect(first).toEqual([row.id, row.aspect, row.vm, `'${row.container}`]);
    expect(first![2]).toBe('Has its own kernel,\n"guest" kernel | *bold*');

    const [, product] = read(exportProductsCsv(hostile));
    const p = hostile.products[0]!;
    expect(product).toEqual([
      p.id,
      p.name,
      p.kind,
      p.category,
      p.description,
      p.vendor,
      'proprietary',
      '',
      'note, with "quotes"\nand a line break',
      p.homepage,
    ]);
  });
});
