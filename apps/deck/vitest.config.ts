// The deck's tests: pure render modules beside their code, and browser tests in e2e/ that drive Chromium.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'deck',
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each browser test file starts its own Chromium; two at once is what this 2-core machine takes well.
    maxWorkers: 2,
  },
});
