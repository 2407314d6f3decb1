import { defineConfig } from 'vitest/config';

// Browser and HTTP tests against the running stack that scripts/test.mjs starts (HUB_SITE_URL, HUB_CMS_URL).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
