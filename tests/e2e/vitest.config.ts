import { defineConfig } from 'vitest/config';

// Browser tests: Debian Chromium driven by playwright-core against dist/ served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false, // two cores: one browser at a time
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
