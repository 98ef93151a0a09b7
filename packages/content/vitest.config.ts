// The content package's tests: schema, rules, data, formatting, CLI and the packed tarball.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'content',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
