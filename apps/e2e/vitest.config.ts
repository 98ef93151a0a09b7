// End-to-end proofs across the whole repository. Each suite works in its own temporary copy of the
// repository, so they run one file at a time to keep the two cores for the builds inside them.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'e2e',
    include: ['src/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
