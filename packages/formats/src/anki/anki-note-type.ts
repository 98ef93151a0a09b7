// The note type an Anki package of the lecture brings: its fields, its one card template and its styling. One
// note type serves every lecture exported by this kit, so Anki matches it by id and keeps one copy.

/** A card template: what the front shows, and what the back adds. */
interface AnkiCardTemplate {
  name: string;
  /** Anki's `qfmt`. */
  front: string;
  /** Anki's `afmt`; `{{FrontSide}}` repeats the front above the answer. */
  back: string;
}

export interface AnkiNoteType {
  name: string;
  /** The fields in order; the first is the one Anki sorts and checks duplicates by. */
  fields: readonly string[];
  templates: readonly AnkiCardTemplate[];
  css: string;
}

/**
 * Korean system fonts after Arial: Latin text keeps Anki's usual face, and the browser takes a Hangul glyph
 * (the author's name) from the first family that has it, on macOS and iOS, Windows, Linux and Android alike,
 * instead of whatever fallback the system picks (on some, none, which shows boxes).
 */
const fontStack = [
  'Arial',
  '"Apple SD Gothic Neo"',
  '"Malgun Gothic"',
  '"Noto Sans KR"',
  '"Noto Sans CJK KR"',
  '"Source Han Sans K"',
  'NanumGothic',
  'sans-serif',
].join(', ');

export const ankiNoteType: AnkiNoteType = {
  name: 'Lecture flashcard (vmvc)',
  fields: ['Front', 'Back', 'Section', 'Source'],
  templates: [
    {
      name: 'Recall',
      front: '<div class="front">{{Front}}</div>',
      back: [
        '{{FrontSide}}',
        '',
        '<hr id=answer>',
        '',
        '<div class="back">{{Back}}</div>',
        '{{#Section}}<div class="section">{{Section}}</div>{{/Section}}',
        '<div class="source">{{Source}}</div>',
      ].join('\n'),
    },
  ],
  css: [
    '.card {',
    `  font-family: ${fontStack};`,
    '  font-size: 20px;',
    '  line-height: 1.5;',
    '  text-align: center;',
    '  color: black;',
    '  background-color: white;',
    '}',
    '.card.nightMode {',
    '  color: #eeeeee;',
    '  background-color: #2f2f31;',
    '}',
    '.section, .source {',
    '  margin-top: 1em;',
    '  font-size: 14px;',
    '  color: #595959;',
    '}',
    '.nightMode .section, .nightMode .source {',
    '  color: #b3b3b3;',
    '}',
    '',
  ].join('\n'),
};
