// The handouts' tests: line breaking, arguments and QR codes beside the code; the rendered PDFs in test/.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'handouts',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    // Rendering every variant on both papers takes a while on two cores.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
