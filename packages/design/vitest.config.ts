// The design package's tests: colour contrast, the figures' geometry, text measure and the font subsetter.
import { defineProject } from 'vitest/config';

export default defineProject({
  // Subsetting the two Noto Sans KR weights takes about 5 s on a loaded 2-core machine: past vitest's
  // default of 5 s, well inside this bound.
  test: { name: 'design', include: ['src/**/*.test.ts'], testTimeout: 60_000 },
});
