// Rule: both sides of the lecture have examples, so neither products slide is empty.
import type { Problem } from '../problem.ts';
import type { Lecture } from '../shape/index.ts';
import type { LectureRule } from './rule.ts';

export const productsPerKind: LectureRule = {
  name: 'products-per-kind',
  reads: 'lecture',
  description: 'There is at least one VM product and at least one container product.',
  check(lecture: Lecture): Problem[] {
    return (['vm', 'container'] as const)
      .filter((kind) => !lecture.products.some((p) => p.kind === kind))
      .map((kind) => ({
        path: 'products',
        message: `no product of kind "${kind}": expected at least one ${kind === 'vm' ? 'VM' : 'container'} example`,
      }));
  },
};
