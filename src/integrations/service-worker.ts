/**
 * Astro integration: after the build (and after Pagefind has written its index), writes
 * dist/sw.js (src/worker/sw.ts with Workbox), which precaches every file in dist/ so that, after one
 * visit, all pages, the search index and the self-assessment work offline. The file
 * list is globbed from dist/, so new routes are picked up without a change here.
 *
 * Updates: each precache entry carries a content revision, so a new deploy changes
 * sw.js (served no-cache, checked by the browser on navigations); the new worker
 * precaches what changed, takes over at once (skipWaiting, clientsClaim) and open pages
 * offer "内容已更新 / 重新加载" (src/components/UpdateNotice.astro).
 *
 * The Workbox runtime is bundled into sw.js: no importScripts, no other origin.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_URL } from '../lib/site/constants.ts';

const SW_FILE = SERVICE_WORKER_URL.slice(1);

/** The worker's source, bundled with the Workbox modules it imports. */
const SOURCE = fileURLToPath(new URL('../worker/sw.ts', import.meta.url));
/** Where the precache list goes in the bundled worker (Workbox's own convention). */
const PLACEHOLDER = 'self.__WB_MANIFEST';

/**
 * Writes dist/sw.js: Workbox lists the files with their revisions (getManifest), the
 * bundler Vite already uses (rolldown) bundles src/worker/sw.ts, and the list replaces
 * its placeholder. This is what Workbox's injectManifest does; the two parts are called
 * directly because workbox-build's entry module loads its own bundler and Babel (about
 * 2 s per build, measured) for generateSW, which the site does not need.
 */
export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number }> {
  // Loaded only here, so that `astro dev` and `astro check` (they load this config too)
  // do not pay for them.
  const [{ getManifest }, { build }] = await Promise.all([import('workbox-build/build/get-manifest.js'), import('rolldown')]);
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['**/*'],
    // Not for readers: Pagefind's stock UIs (the site has its own), the crawler files.
    globIgnores: [SW_FILE, 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js', 'sitemap-*.xml', 'robots.txt'],
    // Hashed file names are their own revision.
    dontCacheBustURLsMatching: /^_astro\//,
  });
  if (warnings.length) throw new Error(`Workbox：${warnings.join('；')}`);
  const bundle = await build({
    input: SOURCE,
    write: false,
    platform: 'browser',
    logLevel: 'warn',
    // Workbox's development logging is dropped in production builds.
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    output: { format: 'iife', minify: true },
  });
  const code = bundle.output[0].code;
  if (code.split(PLACEHOLDER).length !== 2) throw new Error(`service worker：${SOURCE} 打包后应当恰好含一处 ${PLACEHOLDER}`);
  writeFileSync(
    join(dist, SW_FILE),
    code.replace(PLACEHOLDER, JSON.stringify(manifestEntries.map(({ url, revision }) => ({ url, revision })))),
  );
  return { count, size };
}

export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'xhdj:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`Service worker：预缓存 ${count} 个文件，共 ${(size / 1024 / 1024).toFixed(2)} MB`);
      },
    },
  };
}
