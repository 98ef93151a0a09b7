// The design package's tests: colour contrast and the architecture figure's geometry.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'design', include: ['src/**/*.test.ts'] },
});
