// The question bank as an IMS QTI 2.1 content package, the zip Canvas, Blackboard and other LMSs import: an IMS
// Content Packaging 1.1 manifest, one assessmentItem per question (choiceInteraction for multiple choice and
// true/false, matchInteraction, textEntryInteraction; scored by the standard response processing templates)
// and an assessmentTest with one section per section of the lecture. Same lecture, same bytes.

import { authorLine, type Lecture } from '@vmvc/content';
import { assertXmlCharacters } from '@vmvc/schema/xml-characters';
import { zipSync } from 'fflate';
import {
  type BankCategory,
  type BankQuestion,
  bankCategories,
  lmsQuestionId,
  lmsTag,
  questionBank,
} from './question-bank.ts';
import { xmlAttribute, xmlComment, xmlText } from './xml-text.ts';

const qtiNamespace = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const qtiSchema = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const cpNamespace = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const cpSchema = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';
const mdNamespace = 'http://www.imsglobal.org/xsd/imsmd_v1p2';
const mdSchema = 'http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd';
const qtiMetadataNamespace = 'http://www.imsglobal.org/xsd/imsqti_metadata_v2p1';
const xsi = 'http://www.w3.org/2001/XMLSchema-instance';
const templates = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';

/** Where the assessment test and the items sit in the package; an item is named by its id in the LMS. */
export const qtiTestFile = 'assessment-test.xml';
export const qtiItemFile = (question: BankQuestion) => `items/${lmsQuestionId(question)}.xml`;

/** The QTI interaction each question type is asked with. */
const qtiInteractions = {
  'multiple-choice': 'choiceInteraction',
  'true-false': 'choiceInteraction',
  matching: 'matchInteraction',
  'short-answer': 'textEntryInteraction',
} as const satisfies Record<BankQuestion['type'], string>;

const indent = (lines: string[], depth = 1) => lines.map((line) => `${'  '.repeat(depth)}${line}`);
const value = (text: string) => `<value>${xmlText(text)}</value>`;

interface ItemParts {
  response: string[];
  /** The most SCORE can be: one point a question, one a pair of a matching question. */
  maximum: number;
  body: string[];
  template: 'match_correct' | 'map_response';
}

function itemParts(question: BankQuestion): ItemParts {
  const prompt = `<prompt>${xmlText(question.stem)}</prompt>`;
  switch (question.type) {
    case 'multiple-choice':
    case 'true-false': {
      const choices =
        question.type === 'multiple-choice'
          ? question.choices.map((c, i) => ({ id: `choice-${i + 1}`, ...c }))
          : [true, false].map((answer) => ({
              id: String(answer),
              text: answer ? 'True' : 'False',
              correct: answer === question.answer,
            }));
      const correct = choices.find((c) => c.correct)?.id ?? '';
      return {
        response: [
          '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
          `  <correctResponse>${value(correct)}</correctResponse>`,
          '</responseDeclaration>',
        ],
        maximum: 1,
        body: [
          // True and False keep their order; the answers of a multiple-choice question are shuffled.
          `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${question.type === 'multiple-choice'}" maxChoices="1">`,
          `  ${prompt}`,
          ...choices.map((c) => `  <simpleChoice identifier="${c.id}">${xmlText(c.text)}</simpleChoice>`),
          '</choiceInteraction>',
        ],
        template: 'match_correct',
      };
    }
    case 'matching': {
      // The targets are the distinct answers: several prompts may share one (three type-1 hypervisors).
      const targets = [...new Set(question.pairs.map((p) => p.answer))];
      const targetId = (answer: string) => `answer-${targets.indexOf(answer) + 1}`;
      const keys = question.pairs.map((p, i) => `prompt-${i + 1} ${targetId(p.answer)}`);
      const count = question.pairs.length;
      return {
        response: [
          '<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">',
          '  <correctResponse>',
          ...keys.map((key) => `    ${value(key)}`),
          '  </correctResponse>',
          `  <mapping defaultValue="0" lowerBound="0" upperBound="${count}">`,
          ...keys.map((key) => `    <mapEntry mapKey="${key}" mappedValue="1"/>`),
          '  </mapping>',
          '</responseDeclaration>',
        ],
        maximum: count,
        body: [
          `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${count}">`,
          `  ${prompt}`,
          '  <simpleMatchSet>',
          ...question.pairs.map(
            (p, i) =>
              `    <simpleAssociableChoice identifier="prompt-${i + 1}" matchMax="1">${xmlText(p.prompt)}</simpleAssociableChoice>`,
          ),
          '  </simpleMatchSet>',
          '  <simpleMatchSet>',
          ...targets.map(
            (answer) =>
              `    <simpleAssociableChoice identifier="${targetId(answer)}" matchMax="${count}">${xmlText(answer)}</simpleAssociableChoice>`,
          ),
          '  </simpleMatchSet>',
          '</matchInteraction>',
        ],
        template: 'map_response',
      };
    }
    case 'short-answer': {
      const [first = ''] = question.answers;
      return {
        response: [
          '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">',
          `  <correctResponse>${value(first)}</correctResponse>`,
          '  <mapping defaultValue="0" lowerBound="0" upperBound="1">',
          // Letter case aside, as Moodle compares short answers.
          ...question.answers.map(
            (a) => `    <mapEntry mapKey="${xmlAttribute(a)}" mappedValue="1" caseSensitive="false"/>`,
          ),
          '  </mapping>',
          '</responseDeclaration>',
        ],
        maximum: 1,
        body: [
          `<p>${xmlText(question.stem)}</p>`,
          `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(...question.answers.map((a) => [...a].length), 10)}"/></p>`,
        ],
        template: 'map_response',
      };
    }
  }
}

/** One question as a QTI 2.1 assessmentItem. */
function qtiItem(question: BankQuestion, lecture: Lecture): string {
  const parts = itemParts(question);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${qtiNamespace}" xmlns:xsi="${xsi}" xsi:schemaLocation="${qtiNamespace} ${qtiSchema}"`,
    `    identifier="${lmsQuestionId(question)}" title="${xmlAttribute(question.name)}" xml:lang="${xmlAttribute(lecture.meta.language)}"`,
    `    adaptive="false" timeDependent="false" toolName="@vmvc/content" toolVersion="${xmlAttribute(lecture.meta.version)}">`,
    ...indent([
      ...parts.response,
      `<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMaximum="${parts.maximum}">`,
      `  <defaultValue>${value('0')}</defaultValue>`,
      '</outcomeDeclaration>',
      '<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
      '<itemBody>',
      ...indent(parts.body),
      '</itemBody>',
      `<responseProcessing template="${templates}/${parts.template}"/>`,
      // General feedback, shown after every attempt: nothing sets FEEDBACK, so with showHide="hide" it never
      // matches and the feedback shows. Canvas reads a modalFeedback whose identifier starts `general_` as the
      // question's general feedback.
      '<modalFeedback outcomeIdentifier="FEEDBACK" identifier="general_feedback" showHide="hide">',
      `  <p>${xmlText(question.feedback)}</p>`,
      '</modalFeedback>',
    ]),
    '</assessmentItem>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The assessmentTest: one testPart, one assessmentSection per category, the items in lecture order. */
function qtiTest(lecture: Lecture, categories: readonly BankCategory[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${qtiNamespace}" xmlns:xsi="${xsi}" xsi:schemaLocation="${qtiNamespace} ${qtiSchema}"`,
    `    identifier="assessment-test" title="${xmlAttribute(lecture.meta.title)}" toolName="@vmvc/content" toolVersion="${xmlAttribute(lecture.meta.version)}">`,
    '  <testPart identifier="test-part" navigationMode="nonlinear" submissionMode="individual">',
    ...indent(
      categories.flatMap((category) => [
        `<assessmentSection identifier="${category.id}" title="${xmlAttribute(category.title)}" visible="true">`,
        ...category.questions.map(
          (q) => `  <assessmentItemRef identifier="${lmsQuestionId(q)}" href="${qtiItemFile(q)}"/>`,
        ),
        '</assessmentSection>',
      ]),
      2,
    ),
    '  </testPart>',
    '</assessmentTest>',
  ];
  return `${lines.join('\n')}\n`;
}

/** A LOM title in the manifest's metadata, for LMSs that list resources by it (Canvas does). */
const lomTitle = (title: string, language: string) => [
  '<imsmd:lom>',
  '  <imsmd:general>',
  '    <imsmd:title>',
  `      <imsmd:langstring xml:lang="${xmlAttribute(language)}">${xmlText(title)}</imsmd:langstring>`,
  '    </imsmd:title>',
  '  </imsmd:general>',
  '</imsmd:lom>',
];

/** The package's imsmanifest.xml: IMS Content Packaging 1.1, one resource for the test and one per item. */
function qtiManifest(lecture: Lecture, categories: readonly BankCategory[]): string {
  const { language } = lecture.meta;
  const questions = categories.flatMap((c) => c.questions);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(
      `${lecture.meta.title} by ${authorLine(lecture.meta.authors)}, ${lecture.meta.license}: a question bank of ${questions.length} questions. Generated by @vmvc/content ${lecture.meta.version}; edit the lecture, not this file.`,
    ),
    `<manifest xmlns="${cpNamespace}" xmlns:imsmd="${mdNamespace}" xmlns:imsqti="${qtiMetadataNamespace}" xmlns:xsi="${xsi}"`,
    `    xsi:schemaLocation="${cpNamespace} ${cpSchema} ${mdNamespace} ${mdSchema}"`,
    `    identifier="${lmsTag}-question-bank">`,
    '  <metadata>',
    '    <schema>QTIv2.1 Package</schema>',
    '    <schemaversion>1.0.0</schemaversion>',
    ...indent(lomTitle(lecture.meta.title, language), 2),
    '  </metadata>',
    '  <organizations/>',
    '  <resources>',
    ...indent(
      [
        `<resource identifier="assessment-test" type="imsqti_test_xmlv2p1" href="${qtiTestFile}">`,
        `  <file href="${qtiTestFile}"/>`,
        ...questions.map((q) => `  <dependency identifierref="${lmsQuestionId(q)}"/>`),
        '</resource>',
        ...questions.flatMap((q) => [
          `<resource identifier="${lmsQuestionId(q)}" type="imsqti_item_xmlv2p1" href="${qtiItemFile(q)}">`,
          '  <metadata>',
          ...indent(lomTitle(q.name, language), 2),
          '    <imsqti:qtiMetadata>',
          `      <imsqti:interactionType>${qtiInteractions[q.type]}</imsqti:interactionType>`,
          '    </imsqti:qtiMetadata>',
          '  </metadata>',
          `  <file href="${qtiItemFile(q)}"/>`,
          '</resource>',
        ]),
      ],
      2,
    ),
    '  </resources>',
    '</manifest>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The question bank as a QTI 2.1 content package (a zip) for Canvas (Import existing content > QTI .zip file),
 * Blackboard and other LMSs. Every entry is dated the lecture's date, at midnight local time (zip has no time
 * zone), so the same lecture gives the same bytes anywhere.
 */
export function exportQti(lecture: Lecture): Uint8Array {
  assertXmlCharacters(lecture, 'QTI');
  const categories = bankCategories(questionBank(lecture));
  const [year, month, day] = lecture.meta.date.split('-').map(Number) as [number, number, number];
  // Zip cannot date a file before 1980.
  const mtime = new Date(Math.max(year, 1980), month - 1, day);
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    'imsmanifest.xml': [encode(qtiManifest(lecture, categories)), { mtime }],
    [qtiTestFile]: [encode(qtiTest(lecture, categories)), { mtime }],
  };
  for (const question of categories.flatMap((c) => c.questions)) {
    files[qtiItemFile(question)] = [encode(qtiItem(question, lecture)), { mtime }];
  }
  return zipSync(files, { level: 9 });
}
