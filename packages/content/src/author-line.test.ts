import { describe, expect, it } from 'vitest';
import { authorLine, authorRuns } from './author-line.ts';
import { lecture } from './data/lecture.ts';
import type { Author } from './types.ts';

const kim: Author = { name: 'Junghyun Kim', nameOriginal: '김정현', nameOriginalLanguage: 'ko' };
const ada: Author = { name: 'Ada Lovelace' };
const noTag: Author = { name: 'Li Wei', nameOriginal: '李伟' };

describe('authorLine', () => {
  it("writes the lecture's author with the original-script name in brackets", () => {
    expect(authorLine(lecture.meta.authors)).toBe('Junghyun Kim (김정현)');
  });

  it('writes an author without an original-script name as the name alone, never "Name ()"', () => {
    expect(authorLine([ada])).toBe('Ada Lovelace');
    expect(authorLine([{ name: 'Ada Lovelace', nameOriginal: '' }])).toBe('Ada Lovelace');
  });

  it('joins several authors with ", "', () => {
    expect(authorLine([kim, ada, noTag])).toBe('Junghyun Kim (김정현), Ada Lovelace, Li Wei (李伟)');
  });
});

describe('authorRuns', () => {
  it('gives the original-script name its own run with its language', () => {
    expect(authorRuns([kim])).toEqual([
      { text: 'Junghyun Kim (' },
      { text: '김정현', lang: 'ko' },
      { text: ')' },
    ]);
  });

  it('merges neighbouring runs without a language, across authors', () => {
    expect(authorRuns([kim, ada, noTag])).toEqual([
      { text: 'Junghyun Kim (' },
      { text: '김정현', lang: 'ko' },
      { text: '), Ada Lovelace, Li Wei (李伟)' },
    ]);
  });

  it('joins to exactly the author line', () => {
    for (const authors of [[kim], [ada], [noTag], [ada, kim], [kim, noTag, kim], lecture.meta.authors]) {
      expect(
        authorRuns(authors)
          .map((r) => r.text)
          .join(''),
      ).toBe(authorLine(authors));
    }
  });
});
