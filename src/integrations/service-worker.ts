/**
 * Astro integration: after the build (and after Pagefind has written its index), lets
 * Workbox generate dist/sw.js, which precaches every file in dist/ so that, after one
 * visit, all pages, the search index and the self-assessment work offline. The file
 * list is globbed from dist/, so new routes are picked up without a change here.
 *
 * Updates: each precache entry carries a content revision, so a new deploy changes
 * sw.js (served no-cache, checked by the browser on navigations); the new worker
 * precaches what changed, takes over at once (skipWaiting, clientsClaim) and open pages
 * offer "内容已更新 / 重新加载" (src/components/UpdateNotice.astro).
 *
 * The Workbox runtime is inlined into sw.js: no importScripts, no other origin.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_URL } from '../lib/site/constants.ts';

const SW_FILE = SERVICE_WORKER_URL.slice(1);

/**
 * Navigations to URLs the precache does not know go to the network; offline they get
 * the precached 404 page (a multi-page site: no single "app shell" to fall back to).
 * Serialised into sw.js by Workbox (Function#toString), so it may use nothing outside.
 */
const networkThen404 = async ({ request }: { request: Request }): Promise<Response> => {
  try {
    return await fetch(request);
  } catch (error) {
    const page = await caches.match('/404.html', { ignoreSearch: true });
    if (!page) throw error;
    return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
  }
};

export async function writeServiceWorker(dist: string): Promise<{ count: number; size: number }> {
  // Loaded only here: importing workbox-build takes about a second, which `astro dev`
  // and `astro check` (they load this config too) should not pay.
  const { generateSW } = await import('workbox-build');
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    // Not for readers: Pagefind's stock UIs (the site has its own), the crawler files.
    globIgnores: [SW_FILE, 'pagefind/pagefind-*ui.*', 'pagefind/pagefind-highlight.js', 'sitemap-*.xml', 'robots.txt'],
    swDest: join(dist, SW_FILE),
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /search/ is /search/index.html; ?q= (search) and Pagefind's ?ts= do not make another file.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Hashed file names are their own revision.
    dontCacheBustURLsMatching: /^_astro\//,
    runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: networkThen404 }],
  });
  if (warnings.length) throw new Error(`Workbox：${warnings.join('；')}`);
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
