// The testkit's own tests: the PDF readers on a PDF made for them, the free port, and a real Chromium launch.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'testkit', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
