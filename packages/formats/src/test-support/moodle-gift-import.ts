// A port of what Moodle's GIFT import decides (question/format/gift/format.php, qformat_gift::readquestion, and
// qformat_default's splitting into questions and its category paths), for the question types the export
// writes. Moodle cannot run here (PHP, a database); gift-pegjs reads GIFT its own way, and Moodle differs from it
// where it matters to this export: escapes in `$CATEGORY:` lines, `->` deciding the type, `*` in short answers.
// Ported from Moodle 4.x (GPL-3.0-or-later); the PHP names are kept so the two can be read side by side.

interface MoodleText {
  text: string;
  format: 'moodle' | 'html' | 'plain' | 'markdown';
}

interface Common {
  name: string;
  questiontext: MoodleText;
  generalfeedback: MoodleText;
}

export type MoodleGiftQuestion =
  | { qtype: 'category'; category: string }
  | (Common & { qtype: 'multichoice'; single: boolean; answers: (MoodleText & { fraction: number })[] })
  | (Common & { qtype: 'match'; subquestions: MoodleText[]; subanswers: string[] })
  | (Common & { qtype: 'truefalse'; correctanswer: boolean })
  | (Common & { qtype: 'shortanswer'; answers: { text: string; fraction: number }[] })
  | (Common & { qtype: 'essay' | 'numerical' | 'description' });

const escapedCharacters = ['\\:', '\\#', '\\=', '\\{', '\\}', '\\~', '\\n'];
const placeholders = ['&&058;', '&&035;', '&&061;', '&&123;', '&&125;', '&&126;', '&&010'];
const characters = [':', '#', '=', '{', '}', '~', '\n'];

function escapedcharPre(text: string): string {
  let out = text.replaceAll('\\\\', '&&092;');
  escapedCharacters.forEach((escaped, i) => {
    out = out.replaceAll(escaped, placeholders[i]!);
  });
  return out.replaceAll('&&092;', '\\');
}

function escapedcharPost(text: string): string {
  let out = text;
  placeholders.forEach((placeholder, i) => {
    out = out.replaceAll(placeholder, characters[i]!);
  });
  return out;
}

const formats = { moodle: 'moodle', html: 'html', plain: 'plain', markdown: 'markdown' } as const;

function parseTextWithFormat(text: string, defaultFormat: MoodleText['format'] = 'moodle'): MoodleText {
  let format = defaultFormat;
  let body = text;
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    const name = text.slice(1, end);
    if (name in formats) {
      format = formats[name as keyof typeof formats];
      body = text.slice(end + 1);
    }
  }
  return { text: escapedcharPost(body).trim(), format };
}

function commentParser(answer: string, defaultFormat: MoodleText['format']): MoodleText {
  // The part after a `#` is the answer's feedback, which the export does not write.
  return parseTextWithFormat(answer.split('#')[0]!.trim(), defaultFormat);
}

const weight = /^%-*([0-9]{1,2})\.?([0-9]*)%/;

function answerWeight(answer: string): [number, string] {
  const body = answer.slice(1);
  const end = body.indexOf('%');
  return [Number(body.slice(0, end)) / 100, body.slice(end + 1)];
}

/** qformat_gift::readquestion: one block of lines (comment lines included) as Moodle reads it, or null. */
function readQuestion(lines: readonly string[]): MoodleGiftQuestion | null {
  const kept = lines.map((line) => (line.trim().startsWith('//') ? ' ' : line.trim()));
  let text = kept.join('\n').trim();
  if (text === '') return null;
  text = escapedcharPre(text);
  if (text.startsWith('$CATEGORY:')) return { qtype: 'category', category: text.slice(10).trim() };

  let name = '';
  if (text.startsWith('::')) {
    text = text.slice(2);
    const finish = text.indexOf('::');
    name = escapedcharPost(text.slice(0, finish)).trim();
    text = text.slice(finish + 2).trim();
  }
  const start = text.indexOf('{');
  const finish = text.indexOf('}');
  if (start < 0 && finish < 0) {
    const questiontext = parseTextWithFormat(text);
    return {
      qtype: 'description',
      name,
      questiontext,
      generalfeedback: { text: '', format: questiontext.format },
    };
  }
  if (start < 0 || finish < 0) throw new Error(`braceerror: ${text}`);
  let answertext = text.slice(start + 1, finish).trim();
  const questionPart = text.endsWith('}') ? text.slice(0, start) + text.slice(finish + 1) : text;
  const separator = answertext.lastIndexOf('####');
  let generalfeedback = '';
  if (separator >= 0) {
    generalfeedback = answertext.slice(separator + 4);
    answertext = answertext.slice(0, separator).trim();
  }
  const questiontext = parseTextWithFormat(questionPart);
  const common: Common = {
    name,
    questiontext,
    generalfeedback: parseTextWithFormat(generalfeedback, questiontext.format),
  };
  const format = questiontext.format;

  if (answertext === '') return { ...common, qtype: 'essay' };
  if (answertext.startsWith('#')) return { ...common, qtype: 'numerical' };
  if (answertext.includes('~')) {
    const parts = answertext.replaceAll('=', '~=').split('~');
    if (parts[0]!.trim() === '') parts.shift();
    if (parts.length < 2) throw new Error(`importminerror: ${text}`);
    return {
      ...common,
      qtype: 'multichoice',
      single: answertext.includes('='),
      answers: parts.map((raw) => {
        let answer = raw.trim();
        let fraction = 0;
        if (answer.startsWith('=')) {
          fraction = 1;
          answer = answer.slice(1);
        } else if (weight.test(answer)) [fraction, answer] = answerWeight(answer);
        return { ...commentParser(answer, format), fraction };
      }),
    };
  }
  if (answertext.includes('=') && answertext.includes('->')) {
    const parts = answertext.split('=');
    if (parts[0]!.trim() === '') parts.shift();
    if (parts.length < 2) throw new Error(`importminerror: ${text}`);
    const subquestions: MoodleText[] = [];
    const subanswers: string[] = [];
    for (const raw of parts) {
      const answer = raw.trim();
      const marker = answer.indexOf('->');
      if (marker < 0) throw new Error(`giftmatchingformat: ${answer}`);
      subquestions.push(parseTextWithFormat(answer.slice(0, marker), format));
      subanswers.push(escapedcharPost(answer.slice(marker + 2)).trim());
    }
    return { ...common, qtype: 'match', subquestions, subanswers };
  }
  const truefalse =
    answertext.indexOf('#') > 0 ? answertext.slice(0, answertext.indexOf('#')).trim() : answertext;
  if (['T', 'TRUE', 'F', 'FALSE'].includes(truefalse)) {
    return { ...common, qtype: 'truefalse', correctanswer: truefalse === 'T' || truefalse === 'TRUE' };
  }
  const parts = answertext.split('=');
  if (parts[0]!.trim() === '') parts.shift();
  if (parts.length < 1) throw new Error(`importminerror: ${text}`);
  return {
    ...common,
    qtype: 'shortanswer',
    answers: parts.map((raw) => {
      let answer = raw.trim();
      let fraction = 1;
      if (weight.test(answer)) [fraction, answer] = answerWeight(answer);
      return { text: commentParser(answer, format).text, fraction };
    }),
  };
}

/** qformat_default::readquestions: blocks of lines between blank lines, each read as a question. */
export function readQuestions(file: string): MoodleGiftQuestion[] {
  const questions: MoodleGiftQuestion[] = [];
  let current: string[] = [];
  const flush = () => {
    const question = current.length > 0 ? readQuestion(current) : null;
    if (question) questions.push(question);
    current = [];
  };
  for (const line of file.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return questions;
}

/** qformat_default::split_category_path: the names of a category path (`//` is a `/` inside a name). */
export function splitCategoryPath(path: string): string[] {
  return path.split(/(?<!\/)\/(?!\/)/).map((name) => name.replaceAll('//', '/').trim());
}
