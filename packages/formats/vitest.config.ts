// The formats package's tests: every format read back by the tool that reads it, the command, the packed tarball.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'formats',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
