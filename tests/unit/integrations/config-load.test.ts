/**
 * astro.config.mjs must load in plain Node: every relative import it reaches (the
 * regulations integration, the parser, theme-script.ts) names its `.ts` file. Otherwise
 * Astro silently falls back to starting a Vite server just to load the config, which
 * costs every build and every dev start (see src/integrations/regulations.ts).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

it('astro.config.mjs loads in plain Node, without Vite', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);
