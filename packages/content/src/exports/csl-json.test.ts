import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { lecture } from '../data/lecture.ts';
import type { Lecture } from '../schema/index.ts';
import { exportCslJson } from './csl-json.ts';
import { hostileLecture } from './test-support/hostile-lecture.ts';

/** What citation-js makes of the export, without its bookkeeping fields. */
function readBack(text: string): Record<string, unknown>[] {
  return new Cite(JSON.parse(text)).data.map(({ _graph, ...item }) => item);
}

const expectSameReferences = (from: Lecture) => {
  const items = readBack(exportCslJson(from));
  expect(items).toHaveLength(from.references.length);
  items.forEach((item, i) => {
    expect(item).toEqual(from.references[i]);
  });
};

describe('CSL-JSON export', () => {
  it('gives citation-js the same references back, Hangul intact', () => {
    expectSameReferences(lecture);
    const items = readBack(exportCslJson(lecture));
    expect(items.map((i) => i.title)).toContain('서버 가상화 기술의 진화: VM과 컨테이너');
    expect(items[0]).toMatchObject({
      author: [{ literal: 'Microsoft' }],
      'container-title': 'Microsoft Learn',
    });
  });

  it('is the lecture’s own CSL-JSON, in citation order', () => {
    expect(JSON.parse(exportCslJson(lecture))).toEqual(lecture.references);
    expect(exportCslJson(lecture)).toMatch(/^\[\n {2}\{\n {4}"id": "microsoft-containers-vs-vm",/);
    expect(exportCslJson(lecture).endsWith(']\n')).toBe(true);
  });

  it('carries hostile text through unchanged', () => {
    expectSameReferences(hostileLecture());
  });
});
