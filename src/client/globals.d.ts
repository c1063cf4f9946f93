// Build-time constants that Vite's `define` (astro.config.mjs) writes into client scripts.
import type { STORAGE_KEYS } from '../shared/site/constants';

declare global {
  const __STORAGE_KEYS__: typeof STORAGE_KEYS;
}
