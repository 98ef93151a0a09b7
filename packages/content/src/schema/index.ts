// The lecture's schemas and the types inferred from them: one source of truth for data and types.
export * from './architecture.js';
export * from './common.js';
export * from './comparison.js';
export * from './lecture.js';
export * from './meta.js';
export * from './product.js';
export * from './reference.js';
export * from './section.js';
export * from './term.js';
