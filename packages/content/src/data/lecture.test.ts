import { validateLecture } from '@vmvc/schema';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../lookup.ts';
import { slideSequence } from '../slide-sequence.ts';
import { seedEntries, seedLines } from '../test-support/seed.ts';
import { lecture } from './lecture.ts';

const hangul = /[\uAC00-\uD7A3]/;
/**
 * The seed's Title Case headings as the lecture sets every heading, in sentence case: each word after the
 * first loses its capital unless it is an acronym or a name (a capital after its first letter: VMs, CI/CD).
 */
const sentenceCase = (heading: string) =>
  heading.replace(/ ([A-Z][a-z]+)\b/g, (_, word: string) => ` ${word.toLowerCase()}`);
const allProse = () => lecture.sections.flatMap((s) => s.prose);

describe('the shipped lecture', () => {
  it('passes the schema and every data rule', () => {
    const result = validateLecture(lecture);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names the author in both scripts, with the Hangul intact', () => {
    expect(lecture.meta.authors).toEqual([
      { name: 'Junghyun Kim', nameOriginal: '김정현', nameOriginalLanguage: 'ko' },
    ]);
    expect(lecture.meta.authors[0]!.nameOriginal).toBe('\uAE40\uC815\uD604');
  });

  it('carries the version of the package it ships in', async () => {
    const { default: pkg } = await import('../../package.json', { with: { type: 'json' } });
    expect(lecture.meta.version).toBe(pkg.version);
  });

  it('has eight products, four of each kind, with the seed descriptions', () => {
    const vm = lecture.products.filter((p) => p.kind === 'vm').map((p) => p.name);
    const container = lecture.products.filter((p) => p.kind === 'container').map((p) => p.name);
    expect(vm).toEqual(['VMware vSphere', 'Microsoft Hyper-V', 'Oracle VirtualBox', 'Xen']);
    expect(container).toEqual(['Docker', 'Kubernetes', 'LXC (Linux Containers)', 'Podman']);
    const seed = [
      ...seedEntries('Examples of VMs:', 'Examples of containers:'),
      ...seedEntries('Examples of containers:', ''),
    ];
    expect(lecture.products.map((p) => ({ name: p.name, text: p.description }))).toEqual(seed);
  });

  it("has the seed's five terms with the seed's definitions, first", () => {
    const seed = seedEntries('*', '*References');
    expect(seed).toHaveLength(5);
    const fromSeed = lecture.terms.filter((t) => t.source === 'seed');
    expect(fromSeed.map((t) => ({ name: t.term, text: t.definition }))).toEqual(seed);
    expect(lecture.terms.slice(0, 5)).toEqual(fromSeed);
  });

  it("has the seed's comparison table and an isolation row", () => {
    const lines = seedLines();
    const header = lines.indexOf('Feature\tVirtual Machines\tContainers');
    const seedRows = lines.slice(header + 1, header + 6).map((line) => line.split('\t'));
    const { columns, rows } = lecture.comparison;
    expect([columns.aspect, columns.vm, columns.container]).toEqual(
      lines[header]!.split('\t').map(sentenceCase),
    );
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.slice(0, 5).map((r) => [r.aspect, r.vm, r.container])).toEqual(
      seedRows.map(([aspect, ...cells]) => [sentenceCase(aspect!), ...cells]),
    );
    expect(rows.find((r) => r.id === 'isolation')).toMatchObject({
      vm: expect.any(String),
      container: 'Less isolated than VMs',
    });
  });

  it("has the seed's summary lists and key differences word for word", () => {
    const lines = seedLines();
    const summaryPoints = lines.filter((l) => l.startsWith('o\t')).map((l) => l.slice(2));
    expect([...lecture.profiles.vm.points, ...lecture.profiles.container.points]).toEqual(summaryPoints);
    const keyDifferences = seedEntries('Key Differences:', '').map((e) => ({
      name: sentenceCase(e.name.replace(/^•\s*/, '')),
      text: e.text,
    }));
    expect(lecture.keyDifferences.map((k) => ({ name: k.aspect, text: k.text }))).toEqual(keyDifferences);
  });

  it("holds every paragraph of the author's text, word for word, in the sections' prose", () => {
    // The one repair: the "Additional" section's container sentence began "It runs" under a heading
    // ("Container") that the handout does not repeat.
    const repairs: [string, string][] = [
      ['It runs only the user-mode', 'A container runs only the user-mode'],
    ];
    const paragraphs = seedLines()
      .filter((l) => l.length > 100 && !/^[\d*o•]|^[A-Z][\w\s/()-]+: /.test(l))
      .map((l) => repairs.reduce((text, [from, to]) => text.replace(from, to), l));
    expect(paragraphs.length).toBeGreaterThanOrEqual(12);
    const prose = allProse().join('\n');
    for (const paragraph of paragraphs) expect(prose).toContain(paragraph);
  });

  it('covers the lecture in the order it is taught', () => {
    expect(lecture.sections.map((s) => s.id)).toEqual([
      'why-isolation',
      'virtual-machines',
      'containers',
      'architecture',
      'comparison',
      'use-cases',
      'industry-adoption',
      'looking-forward',
      'summary',
      'conclusion',
    ]);
  });

  it('gives every slide speaker notes, and shows each product group, the table and the figure', () => {
    const slides = slideSequence(lecture);
    for (const slide of slides) expect(slide.notes.length, slide.id).toBeGreaterThan(40);
    const exhibits = slides.flatMap((s) => (s.exhibit ? [s.exhibit] : []));
    expect(exhibits).toEqual(
      expect.arrayContaining([
        { type: 'products', kind: 'vm' },
        { type: 'products', kind: 'container' },
        { type: 'comparison' },
        { type: 'figure', figure: 'architecture' },
        { type: 'use-cases' },
        { type: 'profiles' },
        { type: 'key-differences' },
      ]),
    );
  });

  it('shows a picture on every section: a figure, the comparison table or the summary’s columns', () => {
    const pictured = new Set(['figure', 'comparison', 'use-cases', 'profiles']);
    for (const section of lecture.sections) {
      const shown = section.slides.flatMap((s) =>
        s.exhibit && pictured.has(s.exhibit.type) ? [s.exhibit] : [],
      );
      expect(shown.length, section.id).toBeGreaterThan(0);
    }
    for (const figure of lecture.figures) {
      const used = lecture.sections.some((s) =>
        s.slides.some((slide) => slide.exhibit?.type === 'figure' && slide.exhibit.figure === figure.id),
      );
      expect(used, figure.id).toBe(true);
    }
  });

  it('draws the architecture: a kernel in every VM, one shared kernel under the containers', () => {
    const figure = getFigure('architecture', lecture);
    if (figure?.kind !== 'stacks') throw new Error('expected the architecture figure to be stacks');
    const [vm, container] = figure.stacks;
    expect(vm!.guests.every((g) => g.layers.some((l) => l.role === 'kernel'))).toBe(true);
    expect(vm!.host.map((l) => l.role)).toEqual(['hardware', 'hypervisor']);
    expect(container!.guests.some((g) => g.layers.some((l) => l.role === 'kernel'))).toBe(false);
    expect(container!.host.filter((l) => l.role === 'kernel')).toHaveLength(1);
  });

  it('has six distinct references as CSL-JSON webpages, the Korean titles intact and translated', () => {
    const refs = lecture.references;
    expect(refs).toHaveLength(6);
    expect(new Set(refs.map((r) => r.URL)).size).toBe(6);
    for (const ref of refs) {
      expect(ref.type).toBe('webpage');
      if (ref.language === 'ko') {
        expect(ref.title).toMatch(hangul);
        expect(ref.title.normalize('NFC')).toBe(ref.title);
        expect(ref['translated-title']).toMatch(/^[\x20-\x7e]+$/);
      }
    }
    expect(refs.filter((r) => r.language === 'ko')).toHaveLength(5);
    expect(refs.map((r) => r.title)).toContain('서버 가상화 기술의 진화: VM과 컨테이너');
  });

  it("records why it departs from the seed's reference list", () => {
    const note = (id: string) => lecture.references.find((r) => r.id === id)?.note ?? '';
    expect(note('microsoft-containers-vs-vm')).toMatch(/twice/);
    expect(note('red-hat-containers-vs-vms')).toMatch(/cut off/);
    expect(note('google-cloud-containers-vs-vms')).toMatch(/25-Sep-2024/);
    expect(lecture.references.find((r) => r.id === 'google-cloud-containers-vs-vms')?.issued).toBeUndefined();
  });
});
