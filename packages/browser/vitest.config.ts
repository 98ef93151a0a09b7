// The browser package's tests: a real Chromium launch, a page opened until it is ready, and a page printed to PDF.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'browser',
    include: ['src/**/*.test.ts'],
    // Each test launches Chromium (the first launch also unpacks it), which on two cores shared with other
    // suites takes several times what it takes alone; a hook that launches it gets the same bound.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
