// The course app's tests: reading each medium's stamp, and the outputs list as a lecturer reads it.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'course', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
