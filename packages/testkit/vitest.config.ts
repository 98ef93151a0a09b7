// The testkit's own tests: the PDF readers on a PDF made for them, the bench table and the free port.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'testkit', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
