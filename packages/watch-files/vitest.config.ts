// The watcher's tests: a burst of saves is one call, an atomic save is still heard.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'watch-files', include: ['src/**/*.test.ts'] },
});
