import { lecture, slideSequence } from '@vmvc/content';
import { fontFamily } from '@vmvc/design';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPptx } from './build-pptx.ts';

const slides = slideSequence(lecture);
let bytes: Uint8Array;
let files: Record<string, string>;
const slideXml = (n: number) => files[`ppt/slides/slide${n}.xml`] ?? '';
/** The text of an XML part's runs, in order, joined as a reader would read them. */
const textOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  bytes = await buildPptx(lecture);
  files = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
});

describe('buildPptx', () => {
  it('refuses a lecture holding a character XML 1.0 forbids, naming the field, instead of a slide PowerPoint cannot open', async () => {
    const broken = structuredClone(lecture);
    broken.terms[0]!.definition = `${broken.terms[0]!.definition} \uFFFF`;
    await expect(buildPptx(broken)).rejects.toThrow(
      /^the PowerPoint: terms\[0\]\.definition: U\+FFFF at character \d+ cannot be written: XML 1\.0 does not allow it/,
    );
  });

  it('writes one 16:9 slide per slide of the sequence, in order, each with its title', () => {
    const count = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
    expect(count).toBe(slides.length);
    expect(files['ppt/presentation.xml']).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    for (const slide of slides)
      expect(squeeze(textOf(slideXml(slide.number))), slide.id).toContain(squeeze(slide.title));
  });

  it('puts titles and bullets in the placeholders of its masters, bullets as paragraphs of one box', () => {
    for (const slide of slides.filter((s) => s.kind === 'content' && s.bullets.length > 1)) {
      const xml = slideXml(slide.number);
      expect(xml, slide.id).toMatch(/<p:ph\s[^>]*type="title"/);
      const body = [...xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
        .map((m) => m[0])
        .find((sp) => /<p:ph\s[^>]*type="body"/.test(sp));
      expect(body, slide.id).toBeDefined();
      const paragraphs = [...(body ?? '').matchAll(/<a:p>[\s\S]*?<\/a:p>/g)].map((m) =>
        squeeze(textOf(m[0])),
      );
      expect(paragraphs, slide.id).toEqual(slide.bullets.map(squeeze));
    }
  });

  it('makes the comparison a native table: a header row, then each row’s aspect, VM and container cells', () => {
    const slide = slides.find((s) => s.exhibit?.type === 'comparison');
    const xml = slideXml(slide?.number ?? 0);
    const table = /<a:tbl>[\s\S]*<\/a:tbl>/.exec(xml)?.[0] ?? '';
    const rows = [...table.matchAll(/<a:tr [\s\S]*?<\/a:tr>/g)].map((row) =>
      [...row[0].matchAll(/<a:tc[\s>][\s\S]*?<\/a:tc>/g)].map((cell) => textOf(cell[0])),
    );
    const { columns, rows: data } = lecture.comparison;
    expect(rows).toEqual([
      [columns.aspect, columns.vm, columns.container],
      ...data.map((row) => [row.aspect, row.vm, row.container]),
    ]);
  });

  it('draws products and figures as shapes, never as pictures, each figure one group described by its alt text', () => {
    expect(Object.keys(files).filter((f) => f.startsWith('ppt/media/'))).toEqual([]);
    for (const slide of slides) expect(slideXml(slide.number), slide.id).not.toContain('<p:pic>');
    for (const slide of slides.filter((s) => s.figure)) {
      const figure = slide.figure!;
      const group = /<p:grpSp>[\s\S]*<\/p:grpSp>/.exec(slideXml(slide.number))?.[0] ?? '';
      expect(group, slide.id).toContain(
        `descr="${figure.alt.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
      );
      const labels =
        figure.kind === 'flow'
          ? figure.lanes.flatMap((lane) => lane.steps.map((step) => step.label))
          : figure.stacks.flatMap((stack) => [
              stack.title,
              ...stack.host.map((layer) => layer.label),
              ...stack.guests.flatMap((guest) => [guest.label, ...guest.layers.map((layer) => layer.label)]),
            ]);
      for (const label of labels)
        expect(squeeze(textOf(group)), `${slide.id}: ${label}`).toContain(squeeze(label));
      expect(group.match(/<p:sp>/g)?.length ?? 0).toBeGreaterThan(labels.length);
    }
    for (const product of lecture.products) {
      const slide = slides.find((s) => s.products.includes(product));
      expect(slideXml(slide?.number ?? 0)).toMatch(
        new RegExp(`name="product:${product.id}"[\\s\\S]*?<a:prstGeom prst="rect"`),
      );
    }
  });

  it('keeps every slide’s speaker notes in its notes page', () => {
    for (const slide of slides) {
      const notes = Object.entries(files).find(
        ([name, xml]) =>
          /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name) &&
          xml.includes(`slides/slide${slide.number}.xml`),
      );
      const rels = files[`ppt/notesSlides/_rels/notesSlide${slide.number}.xml.rels`] ?? '';
      expect(rels, slide.id).toContain(`slide${slide.number}.xml`);
      expect(
        squeeze(textOf(files[`ppt/notesSlides/notesSlide${slide.number}.xml`] ?? '')),
        slide.id,
      ).toContain(squeeze(slide.notes));
      void notes;
    }
  });

  it('links every reference to its URL', () => {
    const rels = Object.entries(files)
      .filter(([name]) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    for (const reference of lecture.references)
      expect(rels, reference.id).toContain(`Target="${reference.URL.replace(/&/g, '&amp;')}"`);
  });

  it('marks every run with Hangul as Korean, in the deck’s font in the East-Asian slot', () => {
    let korean = 0;
    for (const slide of slides) {
      for (const run of slideXml(slide.number).matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)) {
        const text = textOf(run[1] ?? '');
        if (!/[\uac00-\ud7af]/.test(text)) continue;
        korean += 1;
        expect(run[1], text).toMatch(/<a:rPr [^>]*lang="ko-KR"/);
        expect(run[1], text).toContain(`<a:ea typeface="${fontFamily}"`);
      }
    }
    // The author's name on the title slide, the reference titles.
    expect(korean).toBeGreaterThanOrEqual(1 + lecture.references.length);
    expect(textOf(slideXml(1))).toContain('Junghyun Kim (김정현)');
    // Where Noto Sans KR is not installed, the theme names the Korean font every Office has.
    expect(files['ppt/theme/theme1.xml']).toContain('<a:font script="Hang" typeface="맑은 고딕"/>');
  });

  it('leaves no empty placeholder on a slide, which an editor would draw over the table and the cards', () => {
    for (const slide of slides) {
      const placeholders = [...slideXml(slide.number).matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)]
        .map((m) => m[0])
        .filter((shape) => /<p:nvPr>\s*<p:ph\b/.test(shape));
      expect(placeholders.length, slide.id).toBeGreaterThan(0);
      for (const shape of placeholders) expect(textOf(shape).trim(), slide.id).not.toBe('');
    }
  });

  it('tags every font in the East-Asian slot with the Hangul character set, not a Chinese one', () => {
    const parts = Object.keys(files).filter((name) =>
      /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(name),
    );
    let named = 0;
    for (const name of parts) {
      for (const [slot] of files[name]!.matchAll(/<a:ea\b[^>]*>/g)) {
        // A theme reference (`+mn-ea`) takes the theme's Korean font, which has no character set of its own.
        if (/typeface="\+m[nj]-ea"/.test(slot)) continue;
        named += 1;
        // HANGUL_CHARSET (129) as DrawingML's signed byte, as PowerPoint writes it for a Korean font.
        expect(slot, name).toMatch(/\scharset="-127"/);
      }
    }
    expect(named).toBeGreaterThan(slides.length);
  });

  it('gives the same bytes for the same lecture', async () => {
    expect(Buffer.from(await buildPptx(lecture)).equals(Buffer.from(bytes))).toBe(true);
    expect(files['docProps/core.xml']).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">${lecture.meta.date}T00:00:00Z</dcterms:created>`,
    );
  });
});
