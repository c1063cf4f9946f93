// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { regulationsIntegration } from './src/node/integrations/regulations.ts';
import { dataTablesIntegration } from './src/node/integrations/data-tables.ts';
import { preactRendererIntegration } from './src/node/integrations/preact-renderer.ts';
import { STORAGE_KEYS } from './src/shared/site/constants.ts';
import { pagefindIntegration } from './src/node/integrations/pagefind.ts';
import { serviceWorkerIntegration } from './src/node/integrations/service-worker.ts';
import { THEME_SCRIPT } from './src/client/inline/theme-script.ts';
import { REDIRECT_SCRIPT } from './src/client/inline/redirect-script.ts';

// The canonical origin used for <link rel="canonical">, Open Graph and the sitemap.
// Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://xhsh-dangjian.cn';

/** `astro build` (not dev, check or sync). */
const BUILDING = process.argv.includes('build');

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // Must run first: it writes the regulation chapters that the content layer then loads.
    regulationsIntegration(),
    dataTablesIntegration(),
    mdx({ smartypants: false, gfm: false }),
    // Preact: in `astro dev` the whole integration, with its Babel pass only on the .tsx
    // components (Prefresh hot reload and hook names need it; without `include` Babel
    // re-parses every .ts module too). In `astro build` only its server renderer: Vite
    // compiles the JSX from tsconfig.json's jsx settings to the same output (checked:
    // dist/ byte-identical), and loading the integration's Vite preset (Babel, Prefresh)
    // would only cost start-up time (src/node/integrations/preact-renderer.ts).
    BUILDING ? preactRendererIntegration() : (await import('@astrojs/preact')).default({ include: [/\.tsx$/] }),
    // Not for search engines: the old /article/ URLs are redirect pages (src/pages/article/);
    // /offline/ is what the service worker shows offline for a page not saved.
    sitemap({ filter: (page) => !/^\/(article|offline)\//.test(new URL(page).pathname) }),
    // After the build, in this order: Pagefind indexes the pages, then the service
    // worker's lists are taken from dist/, the index included.
    pagefindIntegration(),
    serviceWorkerIntegration(),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  // No code blocks anywhere: Shiki would only cost start-up time (and its inline styles
  // do not fit the CSP, which Astro warns about on every build).
  markdown: { syntaxHighlight: false },
  // Only the site's own origin: Astro hashes the scripts and styles it emits; the
  // inline theme and redirect scripts' hashes are added here; Pagefind needs WebAssembly.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [
          `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`,
          `sha256-${createHash('sha256').update(REDIRECT_SCRIPT).digest('base64')}`,
        ],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    // The norm table's data files as object literals, not JSON.parse('…') of a string: the
    // minifier then drops the quotes around the keys (0.5 kB gz less in the assessment).
    json: { stringify: false },
    // Names from shared/site/constants for the client scripts: importing the module would make
    // it a shared chunk and stop the small enhancement scripts from being inlined.
    define: Object.fromEntries(Object.entries(STORAGE_KEYS).map(([k, v]) => [`__STORAGE_KEYS__.${k}`, JSON.stringify(v)])),
    environments: {
      client: {
        build: {
          rolldownOptions: {
            // Preact and its hooks in one chunk: the assessment island needs both at load,
            // and one file compresses better than two (see npm run bench:assessment). With them
            // shared/dates, which every island uses at load and which would otherwise travel as a
            // file of 0.2 kB of its own.
            // The answers' structure, validation and saved state in one chunk too: the assessment
            // loads them at once, and the plan page (issue #22) shares them; split apart by the
            // sharing, each would travel as a small file of its own.
            output: {
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/]preact[\\/]|src[\\/]shared[\\/]dates\.ts$/ },
                  { name: 'answers', test: /src[\\/]shared[\\/]assessment[\\/](parse-answers|questions|months|storage)\.ts$/ },
                ],
              },
            },
          },
        },
      },
    },
    build: {
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive; the
        // bundler's note that it may not be preserved is expected and harmless.
        checks: { moduleLevelDirective: false },
      },
    },
  },
  prefetch: false,
});
