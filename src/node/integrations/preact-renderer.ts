/**
 * `astro build` only: Preact's server renderer, registered without @astrojs/preact's Vite
 * preset. Importing @astrojs/preact loads that preset, and with it Babel, Prefresh and a
 * prerender plugin, none of which a build uses here: Vite compiles the .tsx components
 * from tsconfig.json's jsx settings, the islands hydrate themselves
 * (src/client/islands/<name>/mount.ts) and no page uses a client:* directive. `astro dev` and
 * `astro check` keep the whole integration (Prefresh hot reload needs it).
 *
 * What is registered is the integration's own public renderer (container-renderer) and
 * the options module its server renderer imports; with no include/exclude it renders
 * every Preact component an .astro page uses, as it does for components without client:*.
 */
import type { AstroIntegration } from 'astro';
import { getContainerRenderer } from '@astrojs/preact/container-renderer';

const OPTIONS_MODULE = 'astro:preact:opts';
const RESOLVED_OPTIONS_MODULE = `\0${OPTIONS_MODULE}`;

/** The options module the server renderer imports: no include/exclude. Also used by the unit tests. */
export function preactOptionsPlugin() {
  return {
    name: 'xhdj:preact-renderer-options',
    resolveId: (id: string) => (id === OPTIONS_MODULE ? RESOLVED_OPTIONS_MODULE : undefined),
    load: (id: string) => (id === RESOLVED_OPTIONS_MODULE ? 'export default {};' : undefined),
  };
}

export function preactRendererIntegration(): AstroIntegration {
  return {
    name: '@astrojs/preact',
    hooks: {
      'astro:config:setup': ({ addRenderer, updateConfig }) => {
        addRenderer(getContainerRenderer());
        updateConfig({ vite: { plugins: [preactOptionsPlugin()] } });
      },
    },
  };
}
