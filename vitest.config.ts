import { defineConfig } from 'vitest/config';

// Unit tests only: pure TypeScript modules and Preact components.
// Built-output and browser tests have their own configs (see package.json scripts).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
