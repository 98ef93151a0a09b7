import { describe, expect, it } from 'vitest';
import { freshLecture } from '../test-support/fixtures.ts';
import { productsPerKind } from './products-per-kind.ts';

describe('products-per-kind', () => {
  it('accepts the shipped lecture', () => {
    expect(productsPerKind.check(freshLecture())).toEqual([]);
  });

  it('reports a side left without examples', () => {
    const lecture = freshLecture();
    lecture.products = lecture.products.filter((p) => p.kind === 'vm');
    expect(productsPerKind.check(lecture)).toEqual([
      {
        path: 'products',
        message: 'no product of kind "container": expected at least one container example',
      },
    ]);
  });
});
