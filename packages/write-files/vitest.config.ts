// The writer's tests: real files in a scratch folder, and faults injected at the file-system calls.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'write-files', include: ['src/**/*.test.ts'] },
});
