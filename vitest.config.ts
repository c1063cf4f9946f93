import { defineConfig } from 'vitest/config';
import { preactOptionsPlugin } from './src/node/integrations/preact-renderer.ts';

/**
 * One Vitest configuration, one project per test level. `npm test` runs them in the
 * order a failure is cheapest to find (see package.json): unit → (build) → build and
 * integration → e2e.
 * - unit: pure modules and Preact components, synthetic data only;
 * - build: checks of dist/ and of the real corpus (after `npm run build`);
 * - integration: whole builds (and astro dev) of a scratch copy with other inputs
 *   (tests/support/fixture.ts); they need no dist/;
 * - e2e: Debian Chromium driven by playwright-core against dist/ served on 127.0.0.1
 *   (or E2E_BASE_URL), one file at a time on two cores;
 * - nginx: plain-HTTP tests of the shipped deploy/nginx.conf (run by `npm run test:nginx`).
 * Timeouts on the slow levels are generous on purpose: no test may depend on machine speed.
 */
const slow = { environment: 'node', testTimeout: 60_000 } as const;

/** Servers and a browser: one file at a time. */
const served = {
  ...slow,
  fileParallelism: false,
  hookTimeout: 60_000,
  // expect.poll gives up after 1 s by default: on two slow, busy cores a first search
  // (Pagefind and its WebAssembly) can take longer. The test's own timeout still holds.
  expect: { poll: { timeout: 30_000 } },
} as const;

export default defineConfig({
  test: {
    projects: [
      {
        // Preact's server renderer through Vite, with the options module a build gives it
        // (tests/unit/contracts/hand-hydration.test.tsx renders with it).
        plugins: [preactOptionsPlugin()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          server: { deps: { inline: ['@astrojs/preact'] } },
        },
      },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], ...slow } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], ...slow } },
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/e2e/global-setup.ts'], ...served } },
      { test: { name: 'nginx', include: ['tests/nginx/**/*.test.ts'], ...served } },
    ],
  },
});
