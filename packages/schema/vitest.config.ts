// The schema package's tests: the schema's messages, every data rule, and validation as a whole.
import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'schema', include: ['src/**/*.test.ts'] },
});
