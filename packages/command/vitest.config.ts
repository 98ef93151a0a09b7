// The shell's and the watcher's tests: commands run in-process, files saved in a scratch folder.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'command', include: ['src/**/*.test.ts'] },
});
