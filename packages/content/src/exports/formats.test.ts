import { describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import * as content from '../index.ts';
import { freshLecture } from '../test-support/fixtures.ts';
import { csvTables, exportFormats, getExportFormat } from './formats.ts';
import { hostileLecture } from './test-support/hostile-lecture.ts';

const everyOutput = (from: typeof lecture) =>
  exportFormats.flatMap((format) =>
    format.name === 'csv'
      ? csvTables.map((table) => [`csv/${table}`, format.render(from, { table })] as const)
      : [[format.name, format.render(from)] as const],
  );

describe('the export formats', () => {
  it('are the seven formats of the issue, each with a description, an extension and a media type', () => {
    expect(exportFormats.map((f) => f.name)).toEqual([
      'csl-json',
      'bibtex',
      'markdown',
      'csv',
      'gift',
      'anki',
      'marp',
    ]);
    for (const format of exportFormats) {
      expect(format.description.length).toBeGreaterThan(20);
      expect(format.extension).toMatch(/^\.[a-z]+$/);
      expect(format.mediaType).toMatch(/^(?:text|application)\/[\w.+-]+(?:; [\w-]+=[\w-]+)*$/);
      expect(getExportFormat(format.name)).toBe(format);
    }
    expect(getExportFormat('docx')).toBeUndefined();
  });

  it('are exported from the package, each as a pure function of the lecture', () => {
    expect(content.exportFormats).toBe(exportFormats);
    const functions = [
      content.exportCslJson,
      content.exportBibtex,
      content.exportMarkdown,
      content.exportComparisonCsv,
      content.exportProductsCsv,
      content.exportGift,
      content.exportAnki,
      content.exportMarp,
    ];
    const outputs = new Map(everyOutput(lecture));
    expect(functions.map((f) => f(lecture))).toEqual([
      outputs.get('csl-json'),
      outputs.get('bibtex'),
      outputs.get('markdown'),
      outputs.get('csv/comparison'),
      outputs.get('csv/products'),
      outputs.get('gift'),
      outputs.get('anki'),
      outputs.get('marp'),
    ]);
    expect(getExportFormat('csv')!.render(lecture)).toBe(outputs.get('csv/comparison'));
  });

  it('give the same bytes for the same content, and leave the lecture as it was', () => {
    const before = structuredClone(lecture);
    const first = everyOutput(freshLecture());
    const second = everyOutput(freshLecture());
    expect(second).toEqual(first);
    const encode = (outputs: typeof first) =>
      outputs.map(([name, text]) => [name, Buffer.from(text, 'utf8')]);
    expect(encode(second)).toEqual(encode(first));
    expect(everyOutput(hostileLecture())).toEqual(everyOutput(hostileLecture()));
    expect(lecture).toEqual(before);
  });

  it('change when the content changes', () => {
    const changed = freshLecture();
    changed.terms[0]!.definition = 'A different definition of the kernel.';
    changed.comparison.rows[0]!.vm = 'Brings its own kernel';
    changed.references[0]!.title = '바뀐 제목';
    changed.sections[0]!.slides[0]!.notes = 'Different notes for the first slide of the lecture.';
    const before = new Map(everyOutput(lecture));
    for (const [name, text] of everyOutput(changed)) {
      if (name === 'csv/products') continue;
      expect(text, name).not.toBe(before.get(name));
    }
  });

  it('end every file with a line break and hold no byte-order mark', () => {
    for (const [name, text] of everyOutput(lecture)) {
      expect(text.endsWith('\n'), name).toBe(true);
      expect(text.startsWith('\uFEFF'), name).toBe(false);
    }
  });
});
