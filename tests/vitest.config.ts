import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    // Two cores shared by several builds: a 50 ms ingest can take seconds.
    testTimeout: 30_000,
  },
});
