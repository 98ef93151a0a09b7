// The promise: every item of the lecture that students read appears in every medium of the default set
// `npm run build` makes (the slides, the slides PDF, the handout and the PowerPoint a colleague edits), and
// all of them carry the same content stamp.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentStamp, lecture } from '@vmvc/content';
import { collapse } from '@vmvc/testkit';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckText, handoutText, pdfText, pptxFileText } from './outputs.ts';
import { repoRoot } from './repo-copy.ts';

let deck = '';
let handout = '';
let slidesPdf = '';
let pptx = '';
const built = (file: string) => join(repoRoot, 'apps/deck/dist', file);

/** Every piece of lecture text the sync promise covers, labelled by where it comes from. */
function contentItems(): [string, string][] {
  const items: [string, string][] = [];
  for (const section of lecture.sections) {
    items.push([`sections.${section.id}.title`, section.title]);
    for (const slide of section.slides) {
      slide.bullets.forEach((bullet, i) => {
        items.push([`sections.${section.id}.slides.${slide.id}.bullets[${i}]`, bullet]);
      });
    }
  }
  for (const figure of lecture.figures) {
    items.push([`figures.${figure.id}.title`, figure.title]);
    if (figure.kind === 'flow') {
      for (const lane of figure.lanes) {
        for (const step of lane.steps) {
          items.push([`figures.${figure.id}.${lane.id}.${step.id}.label`, step.label]);
          if (step.detail) items.push([`figures.${figure.id}.${lane.id}.${step.id}.detail`, step.detail]);
        }
      }
    } else {
      for (const stack of figure.stacks) {
        items.push([`figures.${figure.id}.${stack.id}.title`, stack.title]);
        for (const layer of stack.host)
          items.push([`figures.${figure.id}.${stack.id}.${layer.id}`, layer.label]);
        for (const guest of stack.guests)
          items.push([`figures.${figure.id}.${stack.id}.${guest.id}`, guest.label]);
      }
    }
  }
  for (const row of lecture.comparison.rows) {
    items.push([`comparison.${row.id}.aspect`, row.aspect]);
    items.push([`comparison.${row.id}.vm`, row.vm]);
    items.push([`comparison.${row.id}.container`, row.container]);
  }
  for (const product of lecture.products) items.push([`products.${product.id}.name`, product.name]);
  for (const term of lecture.terms) {
    items.push([`terms.${term.id}.term`, term.term]);
    items.push([`terms.${term.id}.definition`, term.definition]);
  }
  for (const reference of lecture.references) {
    items.push([`references.${reference.id}.title`, reference.title]);
    if (reference['translated-title']) {
      items.push([`references.${reference.id}.translated-title`, reference['translated-title']]);
    }
  }
  return items.map(([where, text]) => [where, collapse(text)]);
}

beforeAll(async () => {
  [deck, handout, slidesPdf, pptx] = await Promise.all([
    deckText(repoRoot),
    handoutText(repoRoot),
    pdfText(built('slides.pdf')).then(collapse),
    pptxFileText(built('lecture.pptx')),
  ]);
});

describe('every medium of the default set in sync', () => {
  const items = contentItems();
  // The items are what the proof checks: an empty list would prove nothing.
  if (items.length < 90)
    throw new Error(`only ${items.length} content items to look for: expected the whole lecture`);

  it('shows every item on the slides', () => {
    expect(items.filter(([, text]) => !deck.includes(text)).map(([where]) => where)).toEqual([]);
  });

  it('prints every item in the handout', () => {
    expect(items.filter(([, text]) => !handout.includes(text)).map(([where]) => where)).toEqual([]);
  });

  it('prints every item in the slides PDF', () => {
    // A figure's title is the name of its picture on the slides (the SVG's <title>), not printed text:
    // Chromium's print carries the picture without it.
    const printed = items.filter(([where]) => !/^figures\.[^.]+\.title$/.test(where));
    expect(printed.filter(([, text]) => !slidesPdf.includes(text)).map(([where]) => where)).toEqual([]);
  });

  it('puts every item in the PowerPoint', () => {
    expect(items.filter(([, text]) => !pptx.includes(text)).map(([where]) => where)).toEqual([]);
  });

  it('stamps all four with the same content version and hash', () => {
    const stamp = contentStamp(lecture);
    expect(deck).toContain(stamp.text);
    expect(handout).toContain(stamp.text);
    expect(slidesPdf).toContain(stamp.text);
    const core = unzipSync(readFileSync(built('lecture.pptx')))['docProps/core.xml'];
    expect(strFromU8(core ?? new Uint8Array())).toContain(
      `<dc:description>content ${stamp.text}</dc:description>`,
    );
  });
});
