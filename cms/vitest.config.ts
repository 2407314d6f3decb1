import { defineConfig } from 'vitest/config';

// Strapi is booted in-process, once per file: files run one after another in child processes.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    hookTimeout: 180_000,
    testTimeout: 60_000,
  },
});
