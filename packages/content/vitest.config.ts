// The content package's tests: the data against the seed, the helpers, the types against the schema, the build and the packed tarball.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'content',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
