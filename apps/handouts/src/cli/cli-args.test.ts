import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.ts';

describe('parseCliArgs', () => {
  it('renders all three variants on A4 by default', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: {
        variants: ['handout', 'summary', 'notes'],
        papers: ['a4'],
        speaker: false,
        out: null,
        help: false,
      },
    });
  });

  it('takes a variant, a paper, the speaker flag and an output directory', () => {
    const parsed = parseCliArgs(['--variant', 'notes', '--paper=letter', '--speaker', '--out', 'print']);
    expect(parsed).toEqual({
      ok: true,
      options: { variants: ['notes'], papers: ['letter'], speaker: true, out: 'print', help: false },
    });
  });

  it('understands "all"', () => {
    const parsed = parseCliArgs(['--variant', 'all', '--paper', 'all']);
    expect(parsed.ok && parsed.options.papers).toEqual(['a4', 'letter']);
    expect(parsed.ok && parsed.options.variants).toEqual(['handout', 'summary', 'notes']);
  });

  it('names the valid values of an unknown variant or paper', () => {
    expect(parseCliArgs(['--variant', 'poster'])).toEqual({
      ok: false,
      message: 'unknown variant "poster": expected one of handout, summary, notes, all',
    });
    expect(parseCliArgs(['--paper', 'a5'])).toEqual({
      ok: false,
      message: 'unknown paper "a5": expected one of a4, letter, all',
    });
  });

  it('rejects unknown options, stray arguments and an option without its value', () => {
    for (const argv of [['--colour'], ['handout'], ['--variant'], ['--out', '']]) {
      expect(parseCliArgs(argv).ok, argv.join(' ')).toBe(false);
    }
  });
});
