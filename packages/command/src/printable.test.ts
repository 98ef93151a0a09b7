// printable: control characters are written out, text and line ends are kept.
import { describe, expect, it } from 'vitest';
import { printable } from './printable.ts';

describe('printable', () => {
  it('writes out escape sequences, NUL, BEL and bidi overrides, so they show instead of acting', () => {
    expect(printable('\u001b[31mred\u001b[0m')).toBe('\\u001b[31mred\\u001b[0m');
    expect(printable('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
    expect(printable('a\u0000b\u009bc')).toBe('a\\u0000b\\u009bc');
    expect(printable('user\u202Egnp.exe')).toBe('user\\u202egnp.exe');
  });

  it('leaves text, Hangul and line ends as they are', () => {
    expect(printable('references[0].title: 김정현\n')).toBe('references[0].title: 김정현\n');
  });
});
