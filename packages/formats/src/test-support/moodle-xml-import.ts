// A port of what Moodle's XML import reads (question/format/xml/format.php: import_headers, import_answer,
// import_multichoice, import_truefalse, import_match, import_shortanswer, import_category) and of the checks its
// question types make before saving (save_question_options and the edit forms' validation: enough answers, a
// single-choice question with one answer at 100 %, a matching question with two prompts and three answers).
// The XML is read with fast-xml-parser, which, like PHP's xmlize, keeps text as written and unescapes it.
// Ported from Moodle 4.x (GPL-3.0-or-later); the PHP names are kept so the two can be read side by side.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

interface MoodleField {
  text: string;
  format: string;
}

interface Headers {
  name: string;
  questiontext: MoodleField;
  generalfeedback: MoodleField;
  defaultmark: number;
  penalty: number;
  idnumber: string;
  tags: string[];
}

export type MoodleXmlQuestion =
  | { qtype: 'category'; category: string }
  | (Headers & {
      qtype: 'multichoice';
      single: boolean;
      shuffleanswers: boolean;
      answers: (MoodleField & { fraction: number })[];
    })
  | (Headers & { qtype: 'truefalse'; correctanswer: boolean; answertexts: string[] })
  | (Headers & { qtype: 'match'; shuffleanswers: boolean; subquestions: MoodleField[]; subanswers: string[] })
  | (Headers & { qtype: 'shortanswer'; usecase: number; answers: { text: string; fraction: number }[] });

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Values stay strings, trimmed as getpath() trims them; CDATA reads as the text it holds.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  textNodeName: '#text',
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name),
});

const text = (node: unknown): string => {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node.trim();
  const value = (node as Node)['#text'];
  return typeof value === 'string' ? value.trim() : '';
};
const child = (node: unknown, name: string): Node | undefined => (node as Node | undefined)?.[name] as Node;
const field = (node: Node | undefined, defaultFormat = 'html'): MoodleField => ({
  text: text(child(node, 'text')),
  format: (node?.['@format'] as string | undefined) ?? defaultFormat,
});
const trueish = (value: string) => !(value === 'false' || !value);

function headers(q: Node): Headers {
  const questiontext = field(child(q, 'questiontext'));
  return {
    name: text(child(child(q, 'name'), 'text')),
    questiontext,
    generalfeedback: field(child(q, 'generalfeedback'), questiontext.format),
    defaultmark: Number(text(q.defaultgrade) || 1),
    penalty: Number(text(q.penalty) || 0.3333333),
    idnumber: text(q.idnumber),
    tags: ((child(q, 'tags')?.tag as Node[] | undefined) ?? []).map((t) => text(child(t, 'text'))),
  };
}

const answers = (q: Node) => (q.answer as Node[] | undefined) ?? [];
const fraction = (a: Node) => Number(a['@fraction'] ?? 0) / 100;

/** qformat_xml::import_question, for the types the export writes. */
function importQuestion(q: Node): MoodleXmlQuestion {
  const type = q['@type'];
  switch (type) {
    case 'category':
      return { qtype: 'category', category: text(child(child(q, 'category'), 'text')) };
    case 'multichoice':
      return {
        ...headers(q),
        qtype: 'multichoice',
        single: trueish(text(q.single) || 'true'),
        shuffleanswers: trueish(text(q.shuffleanswers) || 'false'),
        answers: answers(q).map((a) => ({ ...field(a), fraction: fraction(a) })),
      };
    case 'truefalse': {
      const texts = answers(q).map((a) => text(child(a, 'text')));
      const trueAnswer = answers(q).find((a) => text(child(a, 'text')) === 'true');
      return {
        ...headers(q),
        qtype: 'truefalse',
        answertexts: texts,
        correctanswer: trueAnswer !== undefined && Number(trueAnswer['@fraction']) === 100,
      };
    }
    case 'matching':
    case 'match':
      return {
        ...headers(q),
        qtype: 'match',
        shuffleanswers: trueish(text(q.shuffleanswers) || '1'),
        subquestions: ((q.subquestion as Node[] | undefined) ?? []).map((s) => field(s)),
        subanswers: ((q.subquestion as Node[] | undefined) ?? []).map((s) =>
          text(child((s.answer as Node[] | undefined)?.[0], 'text')),
        ),
      };
    case 'shortanswer':
      return {
        ...headers(q),
        qtype: 'shortanswer',
        usecase: Number(text(q.usecase) || 0),
        answers: answers(q).map((a) => ({ text: text(child(a, 'text')), fraction: fraction(a) })),
      };
    default:
      throw new Error(`xmltypeunsupported: ${String(type)}`);
  }
}

/** qformat_xml::readquestions: the file's questions as Moodle reads them; throws where Moodle reports an error. */
export function readMoodleXml(xml: string): MoodleXmlQuestion[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  const root = parser.parse(xml) as { quiz?: { question?: Node[] } };
  if (!root.quiz) throw new Error('no <quiz> element');
  return (root.quiz.question ?? []).map(importQuestion);
}

/**
 * What the question types say before saving an imported question (the edit forms' validation and
 * save_question_options): the problems Moodle would report, none for a question it saves.
 */
export function saveProblems(question: MoodleXmlQuestion): string[] {
  const problems: string[] = [];
  switch (question.qtype) {
    case 'multichoice': {
      const given = question.answers.filter((a) => a.text !== '' || a.fraction !== 0);
      if (given.some((a) => a.text === '')) problems.push('errgradesetanswerblank');
      if (given.length < 2) problems.push('notenoughanswers');
      const max = Math.max(...given.map((a) => a.fraction));
      const total = given.reduce((sum, a) => sum + Math.max(a.fraction, 0), 0);
      if (question.single && max !== 1) problems.push('fractionsnomax');
      if (!question.single && Math.round(total * 100) / 100 !== 1) problems.push('fractionsaddwrong');
      break;
    }
    case 'truefalse':
      if ([...question.answertexts].sort().join() !== 'false,true') problems.push('truefalseimporterror');
      break;
    case 'match': {
      const prompts = question.subquestions.filter((s) => s.text !== '').length;
      const answersGiven = question.subanswers.filter(
        (a, i) => a !== '' || question.subquestions[i]?.text,
      ).length;
      if (prompts < 2 || answersGiven < 3) problems.push('notenoughqsandas');
      question.subquestions.forEach((s, i) => {
        if (s.text !== '' && question.subanswers[i] === '') problems.push('nomatchinganswer');
      });
      break;
    }
    case 'shortanswer': {
      const given = question.answers.filter((a) => a.text !== '');
      if (given.length === 0) problems.push('notenoughanswers');
      if (Math.max(...given.map((a) => a.fraction)) !== 1) problems.push('fractionsnomax');
      break;
    }
    default:
      break;
  }
  return problems;
}
