// Lets `npx vitest` at the root run every package's and app's tests; `npm test` runs them through turbo.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
