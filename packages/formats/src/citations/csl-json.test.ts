import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { type Lecture, lecture } from '@vmvc/content';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { hostileLecture } from '../test-support/hostile-lecture.ts';
import { exportCslJson } from './csl-json.ts';

// The official CSL-JSON schema and IEEE style, vendored unchanged (see test-support/csl/README.md).
const fixture = (name: string) =>
  readFileSync(new URL(`../test-support/csl/${name}`, import.meta.url), 'utf8');
// Strict, but with the union types (`"type": ["string", "number"]`) the CSL schema is written with.
const validateCslData = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(fixture('csl-data.json')),
);
plugins.config.get('@csl').styles.add('ieee-official', fixture('ieee.csl'));

/** The bibliography citeproc-js prints for the export in a style, one line per entry. */
function bibliography(from: Lecture, style: 'ieee-official' | 'apa'): string[] {
  const cite = new Cite(JSON.parse(exportCslJson(from)));
  return cite.format('bibliography', { format: 'text', template: style, lang: 'en-US' }).trim().split('\n');
}

/** A lecture whose first reference has none of the optional fields. */
function bareLecture(): Lecture {
  const bare = freshLecture();
  const [reference] = bare.references;
  delete reference!.author;
  delete reference!.issued;
  delete reference!['translated-title'];
  delete reference!.note;
  return bare;
}

describe('CSL-JSON export', () => {
  it('is valid against the official CSL-JSON 1.0.2 schema, for any lecture', () => {
    for (const from of [lecture, hostileLecture(), bareLecture()]) {
      validateCslData(JSON.parse(exportCslJson(from)));
      expect(validateCslData.errors ?? []).toEqual([]);
    }
  });

  it('maps what the schema rejects in the lecture’s own items (translated-title is not CSL 1.0.2)', () => {
    expect(validateCslData(structuredClone(lecture.references))).toBe(false);
    expect(validateCslData.errors).toContainEqual(
      expect.objectContaining({ params: { additionalProperty: 'translated-title' } }),
    );
  });

  it('prints in IEEE style as the lecture’s reference list does: Korean title, then its translation', () => {
    expect(bibliography(lecture, 'ieee-official')).toEqual([
      '[1] Microsoft, “컨테이너와 가상 머신 비교 [Containers vs. virtual machines],” Microsoft Learn. Accessed: Sep. 22, 2024. [Online]. Available: https://learn.microsoft.com/ko-kr/virtualization/windowscontainers/about/containers-vs-vm',
      '[2] Amazon Web Services, “컨테이너와 가상 머신의 차이점 [The difference between containers and virtual machines],” AWS. Accessed: Sep. 22, 2024. [Online]. Available: https://aws.amazon.com/ko/compare/the-difference-between-containers-and-virtual-machines/',
      '[3] Gabia, “서버 가상화 기술의 진화: VM과 컨테이너 [The evolution of server virtualization technology: VMs and containers],” Gabia Library. Accessed: Sep. 22, 2024. [Online]. Available: https://library.gabia.com/contents/infrahosting/7426/',
      '[4] Microsoft, “Azure Pipelines baseline architecture,” Microsoft Learn. Accessed: Sep. 22, 2024. [Online]. Available: https://learn.microsoft.com/en-us/azure/devops/pipelines/architectures/devops-pipelines-iaas-vms-architecture?view=azure-devops',
      '[5] Red Hat, “컨테이너와 가상 머신 비교 [Containers vs. virtual machines],” Red Hat. Accessed: Sep. 22, 2024. [Online]. Available: https://www.redhat.com/ko/topics/containers/containers-vs-vms',
      '[6] “컨테이너와 가상 머신 비교 [Containers vs. virtual machines],” Google Cloud. Accessed: Sep. 24, 2024. [Online]. Available: https://cloud.google.com/discover/containers-vs-vms',
    ]);
  });

  it('prints in APA style with the translation, each name once, and no editorial note', () => {
    expect(bibliography(lecture, 'apa')).toEqual([
      'Amazon Web Services. (n.d.). 컨테이너와 가상 머신의 차이점 [The difference between containers and virtual machines]. AWS. Retrieved September 22, 2024, from https://aws.amazon.com/ko/compare/the-difference-between-containers-and-virtual-machines/',
      'Gabia. (2021, December 1). 서버 가상화 기술의 진화: VM과 컨테이너 [The evolution of server virtualization technology: VMs and containers]. Gabia Library. https://library.gabia.com/contents/infrahosting/7426/',
      'Google. (n.d.). 컨테이너와 가상 머신 비교 [Containers vs. virtual machines]. Google Cloud. Retrieved September 24, 2024, from https://cloud.google.com/discover/containers-vs-vms',
      'Microsoft. (2023, March 31). 컨테이너와 가상 머신 비교 [Containers vs. virtual machines]. Microsoft Learn. https://learn.microsoft.com/ko-kr/virtualization/windowscontainers/about/containers-vs-vm',
      'Microsoft. (2024, February 21). Azure Pipelines baseline architecture. Microsoft Learn. https://learn.microsoft.com/en-us/azure/devops/pipelines/architectures/devops-pipelines-iaas-vms-architecture?view=azure-devops',
      'Red Hat. (2023, December 13). 컨테이너와 가상 머신 비교 [Containers vs. virtual machines]. Red Hat. https://www.redhat.com/ko/topics/containers/containers-vs-vms',
    ]);
  });

  it('shows every translation and no note in IEEE and APA, for a lecture of one’s own', () => {
    const own = freshLecture();
    own.references[3]!['translated-title'] = 'Baseline architecture of Azure Pipelines';
    own.references[3]!.note = 'An editorial note that no bibliography may show.';
    own.references[5]!.publisher = 'Google Cloud';
    for (const style of ['ieee-official', 'apa'] as const) {
      const text = bibliography(own, style).join('\n');
      for (const reference of own.references) {
        if (reference['translated-title']) {
          expect(text).toContain(`${reference.title} [${reference['translated-title']}]`);
        }
        if (reference.note) expect(text).not.toContain(reference.note.slice(0, 30));
      }
      // No name printed twice in a row, as "Google Cloud. Google Cloud." would be.
      expect(text).not.toMatch(/(?:^|\. )([^.\n]+)\. \1\./m);
    }
  });

  it('leaves out a publisher that repeats the site or the author, and keeps one that does not', () => {
    const items = JSON.parse(exportCslJson(lecture)) as Record<string, unknown>[];
    const publisher = (id: string) => items.find((item) => item.id === id)?.publisher;
    expect(publisher('red-hat-containers-vs-vms')).toBeUndefined(); // the site is Red Hat
    expect(publisher('microsoft-containers-vs-vm')).toBeUndefined(); // the author is Microsoft
    expect(publisher('google-cloud-containers-vs-vms')).toBe('Google'); // the site is Google Cloud
  });

  it('keeps the lecture’s own fields in `custom`, which citation-js carries and no style prints', () => {
    const items = new Cite(JSON.parse(exportCslJson(lecture))).data;
    expect(items).toHaveLength(lecture.references.length);
    items.forEach((item, i) => {
      const reference = lecture.references[i]!;
      expect(item).toMatchObject({ id: reference.id, URL: reference.URL, accessed: reference.accessed });
      expect(item.note).toBeUndefined();
      expect(item.custom).toEqual(
        reference['translated-title'] || reference.note
          ? {
              ...(reference['translated-title']
                ? { 'title-as-published': reference.title, 'translated-title': reference['translated-title'] }
                : {}),
              ...(reference.note ? { 'editorial-note': reference.note } : {}),
            }
          : undefined,
      );
    });
  });

  it('carries hostile text through unchanged, in citation order, two-space indented', () => {
    const hostile = hostileLecture();
    const text = exportCslJson(hostile);
    expect(text).toMatch(/^\[\n {2}\{\n {4}"id": "microsoft-containers-vs-vm",/);
    expect(text.endsWith(']\n')).toBe(true);
    const [first] = JSON.parse(text) as Record<string, unknown>[];
    const reference = hostile.references[0]!;
    expect(first).toMatchObject({
      title: `${reference.title} [${reference['translated-title']}]`,
      author: reference.author,
      'container-title': reference['container-title'],
      URL: reference.URL,
      custom: { 'editorial-note': reference.note },
    });
  });
});
