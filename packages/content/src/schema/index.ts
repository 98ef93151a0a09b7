// The lecture's schemas and the types inferred from them: one source of truth for data and types.
export * from './architecture.ts';
export * from './common.ts';
export * from './comparison.ts';
export * from './lecture.ts';
export * from './meta.ts';
export * from './product.ts';
export * from './question.ts';
export * from './reference.ts';
export * from './section.ts';
export * from './term.ts';
