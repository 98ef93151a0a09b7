// Text as PowerPoint runs that draw Hangul anywhere: every run carries the deck's font in all three slots
// (latin, East-Asian `ea`, complex script) and a run of Hangul is marked `ko-KR`, so PowerPoint and
// LibreOffice pick a Korean font for it (the theme names Malgun Gothic for Hangul where Noto Sans KR is
// missing) instead of drawing boxes.
import { fontFamily } from '@vmvc/design';
import type PptxGenJS from 'pptxgenjs';

type TextRun = PptxGenJS.TextProps;
type RunOptions = NonNullable<TextRun['options']>;

/** Hangul syllables with the spaces and punctuation between them: one run per stretch of Korean text. */
const hangulStretch =
  /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af](?:[\s\u1100-\u11ff\u3130-\u318f\uac00-\ud7af.,:;!?·]*[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af])?/g;

/** `text` cut into runs, its Korean stretches marked `ko-KR`; `options` apply to every run. */
export function runs(text: string, options: RunOptions = {}): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  const push = (part: string, korean: boolean) => {
    if (part === '') return;
    out.push({
      text: part,
      options: { fontFace: fontFamily, ...options, ...(korean ? { lang: 'ko-KR' } : {}) },
    });
  };
  for (const match of text.matchAll(hangulStretch)) {
    push(text.slice(at, match.index), false);
    push(match[0], true);
    at = (match.index ?? 0) + match[0].length;
  }
  push(text.slice(at), false);
  return out;
}

/** Several paragraphs as one list of runs: each paragraph's last run breaks the line. */
export function paragraphs(items: { text: string; options?: RunOptions }[]): TextRun[] {
  return items.flatMap((item, i) => {
    const parts = runs(item.text, item.options);
    const last = parts.at(-1);
    if (last && i < items.length - 1) last.options = { ...last.options, breakLine: true };
    return parts;
  });
}
