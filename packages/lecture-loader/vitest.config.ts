// The loader's tests: the lecture read from its TypeScript, again after a save, and the problems of a bad one.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'lecture-loader', include: ['src/**/*.test.ts'] },
});
