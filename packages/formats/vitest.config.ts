// The formats package's tests: every format read back by the tool that reads it, the command, the packed tarball.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'formats',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    // Setup starts marp-cli and Chromium (and subsets fonts): on two cores shared with other suites it takes
    // several times what it takes alone, so one bound here for every hook rather than one per hook.
    hookTimeout: 180_000,
  },
});
