import { lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { csvTables, exportFormats, getExportFormat } from './formats.ts';
import * as formats from './index.ts';
import { freshLecture } from './test-support/fixtures.ts';
import { hostileLecture } from './test-support/hostile-lecture.ts';

/** Every format's output for a lecture, as `[name, output]`; csv once per table. */
const everyOutput = async (from: typeof lecture) =>
  Promise.all(
    exportFormats.flatMap((format) =>
      format.name === 'csv'
        ? csvTables.map(async (table) => [`csv/${table}`, await format.render(from, { table })] as const)
        : [(async () => [format.name, await format.render(from)] as const)()],
    ),
  );

/** The bytes a format writes to a file. */
const bytes = (output: string | Uint8Array) =>
  typeof output === 'string' ? Buffer.from(output, 'utf8') : Buffer.from(output);

describe('the export formats', () => {
  it('are the formats the README lists, each with a description, an extension and a media type', () => {
    expect(exportFormats.map((f) => f.name)).toEqual([
      'csl-json',
      'biblatex',
      'bibtex',
      'ris',
      'markdown',
      'csv',
      'gift',
      'moodle-xml',
      'qti',
      'anki',
      'apkg',
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

  it('are exported from the package, each as a pure function of the lecture', async () => {
    expect(formats.exportFormats).toBe(exportFormats);
    // The command embeds Noto Sans KR in the Marp deck; the function does when given the font.
    const font = await formats.marpFont(lecture);
    const functions = [
      formats.exportCslJson,
      formats.exportBiblatex,
      formats.exportBibtex,
      formats.exportRis,
      formats.exportMarkdown,
      formats.exportComparisonCsv,
      formats.exportProductsCsv,
      formats.exportGift,
      formats.exportAnki,
      (from: typeof lecture) => formats.exportMarp(from, { font }),
    ];
    const outputs = new Map(await everyOutput(lecture));
    expect(functions.map((f) => f(lecture))).toEqual([
      outputs.get('csl-json'),
      outputs.get('biblatex'),
      outputs.get('bibtex'),
      outputs.get('ris'),
      outputs.get('markdown'),
      outputs.get('csv/comparison'),
      outputs.get('csv/products'),
      outputs.get('gift'),
      outputs.get('anki'),
      outputs.get('marp'),
    ]);
    expect(await getExportFormat('csv')!.render(lecture)).toBe(outputs.get('csv/comparison'));
  });

  it('give the same bytes for the same content, and leave the lecture as it was', async () => {
    const before = structuredClone(lecture);
    const first = await everyOutput(freshLecture());
    const second = await everyOutput(freshLecture());
    const encode = (outputs: typeof first) => outputs.map(([name, output]) => [name, bytes(output)]);
    expect(encode(second)).toEqual(encode(first));
    expect(encode(await everyOutput(hostileLecture()))).toEqual(encode(await everyOutput(hostileLecture())));
    expect(lecture).toEqual(before);
  });

  it('change when the content changes', async () => {
    const changed = freshLecture();
    changed.terms[0]!.definition = 'A different definition of the kernel.';
    changed.comparison.rows[0]!.vm = 'Brings its own kernel';
    changed.references[0]!.title = '바뀐 제목';
    changed.sections[0]!.slides[0]!.notes = 'Different notes for the first slide of the lecture.';
    const before = new Map(await everyOutput(lecture));
    for (const [name, output] of await everyOutput(changed)) {
      if (name === 'csv/products') continue;
      expect(bytes(output).equals(bytes(before.get(name)!)), name).toBe(false);
    }
  });

  it('say which are binary, and end every text file with a line break and no byte-order mark', async () => {
    for (const [name, output] of await everyOutput(lecture)) {
      const format = getExportFormat(name.replace(/\/.*$/, ''))!;
      expect(typeof output === 'string', name).toBe(format.binary !== true);
      if (typeof output !== 'string') continue;
      expect(output.endsWith('\n'), name).toBe(true);
      expect(output.startsWith('\uFEFF'), name).toBe(false);
    }
  });
});
