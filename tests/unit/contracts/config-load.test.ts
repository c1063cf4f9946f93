/**
 * Contract: every relative import reachable from astro.config.mjs names its `.ts` file
 * (lint rule in eslint.config.js; docs/upgrading.md). That pays while Astro imports a
 * .mjs config with Node first and starts a Vite server to load it only when that fails;
 * and it holds while Node strips the types of those files. After an upgrade of astro or
 * Node this fails if either changed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);
/** Astro's config loader (not a public export: if it moved, read how the new one loads a config). */
const LOADER = join(dirname(require.resolve('astro/package.json')), 'dist/core/config/vite-load.js');

type LoadConfig = (options: { configPath: string; fs: unknown; root: string }) => Promise<Record<string, unknown>>;

/** A file system that fails when touched: only the Vite fallback uses it. */
const NO_VITE = new Proxy(
  {},
  {
    get: () => {
      throw new Error('Vite fallback');
    },
  },
);

describe('Astro loads astro.config.mjs with Node, without Vite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xhdj-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'helper.ts'), 'export const marker: string = "node";\n');

  async function load(name: string, config: string): Promise<Record<string, unknown>> {
    const { loadConfigWithVite } = (await import(pathToFileURL(LOADER).href)) as { loadConfigWithVite: LoadConfig };
    const configPath = join(dir, `${name}.config.mjs`);
    writeFileSync(configPath, config);
    return loadConfigWithVite({ configPath, fs: NO_VITE, root: dir });
  }

  it('imports a config whose imports name their .ts files with Node (types stripped)', async () => {
    expect(await load('with-ts', "import { marker } from './helper.ts';\nexport default { marker };\n")).toEqual({ marker: 'node' });
  });

  it('falls back to Vite for an extensionless import', async () => {
    await expect(load('extensionless', "import { marker } from './helper';\nexport default { marker };\n")).rejects.toThrow(
      'Vite fallback',
    );
  });

  it('the project’s astro.config.mjs loads in plain Node', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
