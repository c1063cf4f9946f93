/**
 * Contract: src/node/integrations/preact-renderer.ts stands in for @astrojs/preact in
 * `astro build` (docs/upgrading.md). It must register what the installed integration
 * registers, under its name, and serve every virtual module the installed server
 * renderer imports. After an upgrade of astro or @astrojs/preact this fails before a
 * build does (or, worse, before a build silently renders without Preact).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroRenderer } from 'astro';
import preact from '@astrojs/preact';
import { describe, expect, it } from 'vitest';
import { preactRendererIntegration } from '../../../src/node/integrations/preact-renderer.ts';

interface Setup {
  renderers: AstroRenderer[];
  plugins: { resolveId?: unknown; load?: unknown }[];
}

/** Runs an integration's astro:config:setup as `astro build` would and records what it adds. */
async function setUp(integration: AstroIntegration): Promise<Setup> {
  const setup: Setup = { renderers: [], plugins: [] };
  const hook = integration.hooks['astro:config:setup'];
  if (!hook) throw new Error(`${integration.name} has no astro:config:setup hook`);
  await (hook as (options: Record<string, unknown>) => unknown)({
    command: 'build',
    addRenderer: (renderer: AstroRenderer) => setup.renderers.push(renderer),
    updateConfig: (config: { vite?: { plugins?: Setup['plugins'] } }) => setup.plugins.push(...(config.vite?.plugins ?? []).flat()),
    injectScript: () => {},
    logger: console,
  });
  return setup;
}

/** The `astro:` modules a source file imports (Vite virtual modules, served by a plugin). */
function virtualImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/\bfrom\s*["'](astro:[^"']+)["']/g)].map((m) => m[1]!);
}

describe('the build-time Preact renderer matches the installed @astrojs/preact', () => {
  it('has the integration’s name (other JSX integrations look it up by that name)', () => {
    expect(preactRendererIntegration().name).toBe(preact().name);
    expect(preact().name).toBe('@astrojs/preact');
  });

  it('registers the same renderer as the integration does in a build', async () => {
    const [ours, theirs] = await Promise.all([setUp(preactRendererIntegration()), setUp(preact())]);
    expect(ours.renderers).toEqual(theirs.renderers);
    expect(ours.renderers).toHaveLength(1);
  });

  it('serves every virtual module the server renderer imports', async () => {
    const { renderers, plugins } = await setUp(preactRendererIntegration());
    const wanted = virtualImports(fileURLToPath(import.meta.resolve(String(renderers[0]?.serverEntrypoint))));
    expect(wanted).toEqual(['astro:preact:opts']);
    for (const id of wanted) {
      const resolved = plugins
        .map((p) => (typeof p.resolveId === 'function' ? (p.resolveId as (id: string) => string | undefined)(id) : undefined))
        .find(Boolean);
      expect(resolved, id).toBeTruthy();
      const loaded = plugins
        .map((p) => (typeof p.load === 'function' ? (p.load as (id: string) => unknown)(resolved!) : undefined))
        .find(Boolean);
      expect(loaded, id).toBe('export default {};');
    }
  });
});
