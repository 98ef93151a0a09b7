// The lecture's schemas and the types inferred from them: one source of truth for data and types.
export * from './common.ts';
export * from './comparison.ts';
export * from './figure.ts';
export * from './lecture.ts';
export * from './meta.ts';
export * from './product.ts';
export * from './question.ts';
export * from './reference.ts';
export * from './section.ts';
export * from './term.ts';
