import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { httpsUrls } from './https-urls.ts';

describe('https-urls', () => {
  it('accepts the shipped lecture', () => {
    expect(httpsUrls.check(freshLecture())).toEqual([]);
  });

  it('reports plain-http reference URLs and product homepages', () => {
    const lecture = freshLecture();
    lecture.references[2]!.URL = 'http://library.gabia.com/contents/infrahosting/7426/';
    lecture.products[7]!.homepage = 'http://podman.io/';
    const problems = httpsUrls.check(lecture);
    expect(problems.map((p) => p.path)).toEqual(['references[2].URL', 'products[7].homepage']);
    expect(problems[0]!.message).toContain('expected it to start with https://');
  });
});
