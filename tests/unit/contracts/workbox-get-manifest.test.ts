/**
 * Contract: src/node/integrations/service-worker.ts does Workbox's injectManifest by hand,
 * importing getManifest from a file inside workbox-build (its public entry also loads
 * Workbox's bundler and Babel; docs/upgrading.md). After an upgrade of workbox-build
 * this fails if that file moved, stopped being the public getManifest, or its options
 * and result changed shape.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const DEEP = 'workbox-build/build/get-manifest.js';

describe('workbox-build still has the getManifest the service worker imports', () => {
  it(`${DEEP} is the public getManifest`, async () => {
    const [deep, entry] = await Promise.all([import(DEEP), import('workbox-build')]);
    expect(typeof deep.getManifest).toBe('function');
    expect(deep.getManifest).toBe(entry.getManifest);
  }, 30_000);

  it('puts the list where the worker’s placeholder is (injectManifest’s default injection point)', () => {
    // PLACEHOLDER in src/node/integrations/service-worker.ts, self.__WB_MANIFEST in src/client/worker/sw.ts.
    const schema = JSON.parse(readFileSync(require.resolve('workbox-build/build/schema/InjectManifestOptions.json'), 'utf8'));
    expect(schema.properties.injectionPoint.default).toBe('self.__WB_MANIFEST');
  });

  const dir = mkdtempSync(join(tmpdir(), 'xhdj-workbox-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts the options the integration passes and lists url and revision', async () => {
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, 'index.html'), '<p>页</p>');
    writeFileSync(join(dir, '_astro', 'a.1234abcd.js'), 'export {};');
    writeFileSync(join(dir, 'sw.js'), '');
    const { getManifest } = await import(DEEP);
    const { manifestEntries, count, size, warnings } = await getManifest({
      globDirectory: dir,
      globPatterns: ['**/*'],
      globIgnores: ['sw.js'],
      dontCacheBustURLsMatching: /^_astro\//,
    });
    expect(warnings).toEqual([]);
    expect(count).toBe(2);
    expect(size).toBeGreaterThan(0);
    const byUrl = Object.fromEntries(manifestEntries.map((e: { url: string; revision: string | null }) => [e.url, e.revision]));
    expect(Object.keys(byUrl).sort()).toEqual(['_astro/a.1234abcd.js', 'index.html']);
    expect(byUrl['_astro/a.1234abcd.js']).toBeNull();
    expect(byUrl['index.html']).toMatch(/^[0-9a-f]{32}$/);
  });
});
