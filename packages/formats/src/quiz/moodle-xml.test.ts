import { type Lecture, lecture } from '@vmvc/content';
import { describe, expect, it } from 'vitest';
import { exportFormats } from '../formats.ts';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileQuestionLecture } from '../test-support/hostile-questions.ts';
import { splitCategoryPath } from '../test-support/moodle-gift-import.ts';
import { readMoodleXml, saveProblems } from '../test-support/moodle-xml-import.ts';
import { moodleShortAnswer } from './moodle-fields.ts';
import { exportMoodleXml, moodleQuestionTypes } from './moodle-xml.ts';
import { bankCategories, questionBank } from './question-bank.ts';

/** What a browser shows of the HTML the export writes: one paragraph, `<br>` for line breaks, entities undone. */
const shown = (html: string) =>
  html
    .replace(/^<p>|<\/p>$/g, '')
    .replace(/<br>/g, '\n')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Everything Moodle's import reads from the file, checked against the bank it was written from. */
function expectMoodleImports(l: Lecture) {
  const xml = exportMoodleXml(l);
  const read = readMoodleXml(xml);
  const categories = bankCategories(questionBank(l));
  const expected = categories.flatMap((c) => [{ category: c }, ...c.questions.map((q) => ({ question: q }))]);
  expect(read).toHaveLength(expected.length);
  read.forEach((item, i) => {
    const meant = expected[i]!;
    if ('category' in meant) {
      expect(item.qtype).toBe('category');
      const path = item.qtype === 'category' ? item.category : '';
      expect(splitCategoryPath(path)).toEqual(
        ['$course$', 'top', l.meta.title, meant.category.title].map((n) => n.replace(/\s+/g, ' ').trim()),
      );
      return;
    }
    const q = meant.question;
    expect(item.qtype, q.id).toBe(
      moodleQuestionTypes[q.type] === 'matching' ? 'match' : moodleQuestionTypes[q.type],
    );
    if (item.qtype === 'category') return;
    expect(saveProblems(item), q.id).toEqual([]);
    expect(item.name).toBe(q.name.trim());
    expect(item.idnumber).toBe(`vmvc-${q.id}`);
    expect(item.tags).toEqual(['vmvc', q.type, q.origin]);
    expect(item.defaultmark).toBe(1);
    expect(item.questiontext.format).toBe('html');
    expect(shown(item.questiontext.text)).toBe(q.stem.trim());
    expect(item.generalfeedback.format).toBe('html');
    expect(shown(item.generalfeedback.text)).toBe(q.feedback.trim());
    if (item.qtype === 'multichoice' && q.type === 'multiple-choice') {
      expect(item.single).toBe(true);
      expect(item.shuffleanswers).toBe(true);
      expect(item.answers.map((a) => [shown(a.text), a.format, a.fraction])).toEqual(
        q.choices.map((c) => [c.text.trim(), 'html', c.correct ? 1 : 0]),
      );
      expect(item.answers.filter((a) => a.fraction === 1)).toHaveLength(1);
      expect(item.answers.reduce((sum, a) => sum + a.fraction, 0)).toBe(1);
    } else if (item.qtype === 'truefalse' && q.type === 'true-false') {
      expect(item.correctanswer).toBe(q.answer);
      expect(item.penalty).toBe(1);
    } else if (item.qtype === 'match' && q.type === 'matching') {
      expect(item.subquestions.map((s) => [shown(s.text), s.format])).toEqual(
        q.pairs.map((p) => [p.prompt.trim(), 'html']),
      );
      expect(item.subanswers).toEqual(q.pairs.map((p) => p.answer.trim()));
    } else if (item.qtype === 'shortanswer' && q.type === 'short-answer') {
      expect(item.usecase).toBe(0);
      expect(item.answers).toEqual(
        q.answers.map((a) => ({ text: moodleShortAnswer(a).trim(), fraction: 1 })),
      );
    } else {
      throw new Error(`${q.id}: Moodle reads a ${item.qtype}, the bank meant a ${q.type}`);
    }
  });
  return xml;
}

describe('Moodle XML export', () => {
  it('is registered as moodle-xml, .xml, application/xml', () => {
    expect(exportFormats.find((f) => f.name === 'moodle-xml')).toMatchObject({
      extension: '.xml',
      mediaType: 'application/xml',
      render: exportMoodleXml,
    });
  });

  it("is what Moodle's XML import reads: a category per section, each type, fractions that add up, feedback", () => {
    const xml = expectMoodleImports(lecture);
    const read = readMoodleXml(xml);
    expect(read.filter((q) => q.qtype === 'category')).toHaveLength(lecture.sections.length);
    expect(new Set(read.map((q) => q.qtype))).toEqual(
      new Set(['category', 'multichoice', 'truefalse', 'match', 'shortanswer']),
    );
  });

  it('writes HTML in CDATA, plain text escaped, UTF-8 with the Hangul as written', () => {
    const xml = exportMoodleXml(lecture);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('Junghyun Kim (김정현)');
    expect(xml).toContain(
      '<questiontext format="html">\n      <text><![CDATA[<p>Which container tool uses a daemonless architecture to enhance security and flexibility?</p>]]></text>',
    );
    expect(xml).toContain('<answer fraction="100" format="html">\n      <text><![CDATA[Podman]]></text>');
    expect(xml).toContain(
      '<question type="category">\n    <category>\n      <text>$course$/top/VM vs Container/Comparison</text>',
    );
    expect(xml).toContain(
      '<subquestion format="html">\n      <text><![CDATA[<p>Xen</p>]]></text>\n      <answer>\n        <text>Type-1 hypervisor</text>',
    );
  });

  it('refuses a lecture holding a character XML 1.0 forbids, naming the field, instead of a broken file', () => {
    const broken = freshLecture();
    broken.terms[1]!.definition = `${broken.terms[1]!.definition} \uFFFF`;
    expect(() => exportMoodleXml(broken)).toThrow(
      /^Moodle XML: terms\[1\]\.definition: U\+FFFF at character \d+ cannot be written: XML 1\.0 does not allow it/,
    );
    broken.terms[1]!.definition = 'bell \u0007';
    expect(() => exportMoodleXml(broken)).toThrow(
      /^Moodle XML: terms\[1\]\.definition: U\+0007 at character 6/,
    );
  });

  it('carries hostile text through: markup, `]]>`, `*` (Moodle’s wildcard), `/` in a category, Hangul', () => {
    const xml = expectMoodleImports(hostileQuestionLecture());
    const read = readMoodleXml(xml);
    const choice = read.find((q) => q.qtype === 'multichoice' && q.idnumber === 'vmvc-hostile-choice');
    expect(choice?.qtype === 'multichoice' && choice.answers.map((a) => a.text)).toContain(
      'ends in ]]&gt; and \\ back\\slash',
    );
    const short = read.find((q) => q.qtype === 'shortanswer' && q.idnumber === 'vmvc-hostile-short');
    // Unlike GIFT, Moodle XML can hold an answer with `->`.
    expect(short?.qtype === 'shortanswer' && short.answers.map((a) => a.text)).toEqual([
      'a\\*b',
      'x -> y',
      '%50%',
      '커널 \\ {=}',
    ]);
  });
});
