import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codePointRanges, fontFamily } from '@vmvc/schema/font-coverage';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
  fontCoverage,
  fontCoverageCommand,
  fontCoverageModule,
  fontCoverageModulePath,
} from './font-coverage.ts';
import { fontFiles } from './fonts.ts';

const coverage = fontCoverage();
const covers = (point: number) => coverage.ranges.some(([first, last]) => point >= first && point <= last);

describe('the font coverage table', () => {
  it('is what the font files hold: the table validation reads agrees with both TTFs', () => {
    const committed = readFileSync(fileURLToPath(import.meta.resolve(fontCoverageModulePath)), 'utf8');
    // On failure: the font package changed (or the table was edited by hand); run the command and commit.
    expect(committed, `regenerate it with \`${fontCoverageCommand}\``).toBe(fontCoverageModule(coverage));
    expect(fontFamily).toBe(coverage.family);
    expect(codePointRanges.split(',')).toHaveLength(coverage.ranges.length);
  });

  it('holds every Hangul syllable, Latin and the marks the lecture uses, and no emoji nor Thai', () => {
    expect(coverage.family).toBe('Noto Sans KR');
    expect(coverage.ranges).toContainEqual([0xac00, 0xd7a3]);
    for (const char of 'Aa~ ’“”—–…·•→←×김정현ㄱ') expect(covers(char.codePointAt(0)!), char).toBe(true);
    for (const point of [0x0a, 0x0e01, 0x1f9e8, 0x1f600, 0xe000, 0xffff, 0x200b])
      expect(covers(point), point.toString(16)).toBe(false);
  });

  it('lists exactly the code points both weights map to a glyph', () => {
    const fonts = [fontFiles().regular, fontFiles().bold].map((path) => create(readFileSync(path)));
    const counted = coverage.ranges.reduce((n, [first, last]) => n + last - first + 1, 0);
    for (const font of fonts) {
      const mapped = new Set(font.characterSet);
      expect(mapped.size).toBe(counted);
      const missing = coverage.ranges.flatMap(([first, last]) =>
        Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((point) => !mapped.has(point)),
      );
      expect(missing).toEqual([]);
    }
  });
});
