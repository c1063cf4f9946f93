import { defineConfig } from 'vitest/config';

// Plain-HTTP tests of Debian's nginx running the shipped deploy/nginx.conf on dist/
// (run by scripts/test-nginx.mjs, after `npm run build`; needs `apt-get install nginx`).
export default defineConfig({
  test: {
    include: ['tests/nginx/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
