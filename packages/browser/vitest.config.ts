// The browser package's tests: a real Chromium launch, a page opened until it is ready, and a page printed to PDF.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'browser', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
