import { type Lecture, lecture } from '@vmvc/content';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { getExportFormat } from '../formats.ts';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileQuestionLecture } from '../test-support/hostile-questions.ts';
import { contentPackagingSchema, qtiSchema, schemaProblems } from '../test-support/ims-schemas.ts';
import { exportQti, qtiItemFile, qtiTestFile } from './qti.ts';
import { type BankQuestion, bankCategories, questionBank } from './question-bank.ts';

type Node = Record<string, any>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) =>
    [
      'resource',
      'dependency',
      'file',
      'simpleChoice',
      'simpleMatchSet',
      'simpleAssociableChoice',
      'value',
      'mapEntry',
      'assessmentSection',
      'assessmentItemRef',
      'p',
    ].includes(name),
});

const text = (node: unknown): string =>
  typeof node === 'string'
    ? node
    : typeof node === 'object' && node
      ? String((node as Node)['#text'] ?? '')
      : '';
/** How an XML reader sees text written into an element: runs of white space kept, the rest as written. */
const asRead = (value: string) => value.trim();

function unpack(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** The correct answer of an item, as an LMS reads it from the item's responseDeclaration and interaction. */
function expectItemAsks(item: Node, q: BankQuestion) {
  const declaration = item.responseDeclaration;
  const correct: string[] = declaration.correctResponse.value.map(text);
  const body = item.itemBody;
  expect(item.modalFeedback.p.map(text)).toEqual([asRead(q.feedback)]);
  switch (q.type) {
    case 'multiple-choice':
    case 'true-false': {
      const interaction = body.choiceInteraction;
      expect(interaction['@maxChoices']).toBe('1');
      expect(asRead(text(interaction.prompt))).toBe(asRead(q.stem));
      const choices: Node[] = interaction.simpleChoice;
      const chosen = choices.filter((c) => correct.includes(c['@identifier'])).map(text);
      expect(declaration['@cardinality']).toBe('single');
      expect(item.responseProcessing['@template']).toBe(
        'http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct',
      );
      if (q.type === 'multiple-choice') {
        expect(choices.map(text)).toEqual(q.choices.map((c) => asRead(c.text)));
        expect(chosen).toEqual(q.choices.filter((c) => c.correct).map((c) => asRead(c.text)));
      } else {
        expect(choices.map(text)).toEqual(['True', 'False']);
        expect(chosen).toEqual([q.answer ? 'True' : 'False']);
      }
      break;
    }
    case 'matching': {
      const interaction = body.matchInteraction;
      const [sources, targets] = (interaction.simpleMatchSet as Node[]).map(
        (set) => new Map((set.simpleAssociableChoice as Node[]).map((c) => [c['@identifier'], text(c)])),
      );
      const pairs = correct
        .map((pair) => pair.split(' '))
        .map(([s, t]) => ({ prompt: sources!.get(s), answer: targets!.get(t) }));
      expect(pairs).toEqual(q.pairs.map((p) => ({ prompt: asRead(p.prompt), answer: asRead(p.answer) })));
      expect(declaration['@cardinality']).toBe('multiple');
      expect(declaration['@baseType']).toBe('directedPair');
      expect(declaration.mapping.mapEntry.map((e: Node) => [e['@mapKey'], e['@mappedValue']])).toEqual(
        correct.map((key) => [key, '1']),
      );
      expect(item.responseProcessing['@template']).toBe(
        'http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response',
      );
      break;
    }
    case 'short-answer': {
      expect(body.p[1].textEntryInteraction['@responseIdentifier']).toBe('RESPONSE');
      expect(correct).toEqual([asRead(q.answers[0]!)]);
      expect(declaration.mapping.mapEntry.map((e: Node) => [e['@mapKey'], e['@caseSensitive']])).toEqual(
        q.answers.map((a) => [a, 'false']),
      );
      break;
    }
  }
}

async function expectValidPackage(l: Lecture) {
  const files = unpack(exportQti(l));
  const bank = questionBank(l);
  const categories = bankCategories(bank);

  // Every XML of the package against its XSD: the manifest against IMS CP 1.1, the rest against QTI 2.1.
  expect(
    await schemaProblems(contentPackagingSchema, [
      { fileName: 'imsmanifest.xml', contents: files.get('imsmanifest.xml')! },
    ]),
  ).toEqual([]);
  const qtiFiles = [...files]
    .filter(([name]) => name !== 'imsmanifest.xml')
    .map(([fileName, contents]) => ({ fileName, contents }));
  expect(qtiFiles).toHaveLength(bank.length + 1);
  expect(await schemaProblems(qtiSchema, qtiFiles)).toEqual([]);

  // The manifest: the test, then one item resource per question, each naming a file the zip holds.
  const manifest = parser.parse(files.get('imsmanifest.xml')!).manifest;
  const resources: Node[] = manifest.resources.resource;
  const [test, ...items] = resources;
  expect(test).toMatchObject({ '@type': 'imsqti_test_xmlv2p1', '@href': qtiTestFile });
  expect(test!.dependency.map((d: Node) => d['@identifierref'])).toEqual(bank.map((q) => `vmvc-${q.id}`));
  expect(
    items.map((r) => [r['@identifier'], r['@type'], r['@href'], r.file.map((f: Node) => f['@href'])]),
  ).toEqual(bank.map((q) => [`vmvc-${q.id}`, 'imsqti_item_xmlv2p1', qtiItemFile(q), [qtiItemFile(q)]]));
  for (const resource of resources) expect(files.has(resource['@href']), resource['@href']).toBe(true);
  expect(items.map((r) => r.metadata.qtiMetadata.interactionType)).toEqual(
    bank.map(
      (q) =>
        ({
          'multiple-choice': 'choiceInteraction',
          'true-false': 'choiceInteraction',
          matching: 'matchInteraction',
          'short-answer': 'textEntryInteraction',
        })[q.type],
    ),
  );

  // The test: one section per section of the lecture, its items in lecture order.
  const assessmentTest = parser.parse(files.get(qtiTestFile)!).assessmentTest;
  const sections: Node[] = assessmentTest.testPart.assessmentSection;
  expect(sections.map((s) => [s['@identifier'], s['@title']])).toEqual(
    categories.map((c) => [c.id, c.title]),
  );
  expect(sections.map((s) => s.assessmentItemRef.map((r: Node) => r['@href']))).toEqual(
    categories.map((c) => c.questions.map(qtiItemFile)),
  );

  // Each item asks its question and knows its answer.
  for (const q of bank) {
    const item = parser.parse(files.get(qtiItemFile(q))!).assessmentItem;
    expect(item['@identifier']).toBe(`vmvc-${q.id}`);
    expect(item['@title']).toBe(q.name);
    expectItemAsks(item, q);
  }
  return files;
}

describe('QTI 2.1 content package', () => {
  afterEach(() => {
    delete process.env.TZ;
  });

  it('is registered as qti, .zip, application/zip, bytes', async () => {
    const format = getExportFormat('qti')!;
    expect(format).toMatchObject({ extension: '.zip', mediaType: 'application/zip', binary: true });
    expect(await format.render(lecture)).toEqual(exportQti(lecture));
  });

  it('validates against the QTI 2.1 and IMS CP 1.1 schemas, and each item asks its question', async () => {
    const files = await expectValidPackage(lecture);
    expect(files.get('items/vmvc-daemonless-tool.xml')).toContain(
      '<correctResponse><value>choice-1</value></correctResponse>',
    );
    expect(files.get('items/vmvc-daemonless-tool.xml')).toContain(
      '<simpleChoice identifier="choice-1">Podman</simpleChoice>',
    );
    expect(files.get('items/vmvc-products-vm.xml')).toContain(
      '<simpleAssociableChoice identifier="answer-1" matchMax="4">Type-1 hypervisor</simpleAssociableChoice>',
    );
  });

  it('is valid for hostile text too: markup, `]]>`, line breaks, Hangul', async () => {
    await expectValidPackage(hostileQuestionLecture());
  });

  it('refuses a lecture holding a character XML 1.0 forbids, naming the field, instead of a broken package', () => {
    const broken = freshLecture();
    broken.meta.title = 'VM vs Container \uFFFE';
    expect(() => exportQti(broken)).toThrow(
      /^QTI: meta\.title: U\+FFFE at character 17 cannot be written: XML 1\.0 does not allow it/,
    );
  });

  it('rejects what the schema forbids: the validation is real', async () => {
    const files = unpack(exportQti(lecture));
    const item = files.get('items/vmvc-daemonless-tool.xml')!;
    const broken = [
      {
        fileName: 'no-interaction.xml',
        contents: item.replace(/<choiceInteraction[\s\S]*<\/choiceInteraction>/, '<choiceInteraction/>'),
      },
      {
        fileName: 'bad-identifier.xml',
        contents: item.replace('identifier="choice-1"', 'identifier="1 choice"'),
      },
    ];
    const problems = await schemaProblems(qtiSchema, broken);
    expect(problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['no-interaction.xml', 'bad-identifier.xml']),
    );
    const manifest = files.get('imsmanifest.xml')!.replace('<organizations/>', '');
    expect(
      await schemaProblems(contentPackagingSchema, [{ fileName: 'imsmanifest.xml', contents: manifest }]),
    ).not.toEqual([]);
  });

  it('gives the same bytes for the same lecture in any time zone, dated the lecture’s date', () => {
    process.env.TZ = 'UTC';
    const utc = exportQti(lecture);
    process.env.TZ = 'Asia/Seoul';
    const seoul = exportQti(lecture);
    process.env.TZ = 'America/Los_Angeles';
    expect(exportQti(lecture)).toEqual(utc);
    expect(seoul).toEqual(utc);
    // The first local file header's DOS date (offset 12): 2024-09-24 is (44 << 9) | (9 << 5) | 24.
    const view = new DataView(utc.buffer, utc.byteOffset, utc.byteLength);
    const [year, month, day] = lecture.meta.date.split('-').map(Number) as [number, number, number];
    expect(view.getUint16(12, true)).toBe(((year - 1980) << 9) | (month << 5) | day);
    expect(view.getUint16(10, true)).toBe(0);
    expect([...unpack(utc).keys()][0]).toBe('imsmanifest.xml');
  });
});
