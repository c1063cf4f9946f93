/**
 * The service worker's source: bundled with the Workbox modules it imports into dist/sw.js
 * by src/integrations/service-worker.ts, which also writes the precache list (every file
 * of the built site with its content revision) where `self.__WB_MANIFEST` stands.
 *
 * - Every page, the search index and the self-assessment are precached: after one visit
 *   the whole site works offline.
 * - A new deploy changes the list, so the browser (which checks sw.js on navigations; it
 *   is served no-cache) installs the new worker, which takes over at once; open pages
 *   then offer a reload (src/components/UpdateNotice.astro).
 * - Navigations to URLs the list does not know go to the network. Offline, a page
 *   typed without its trailing slash (/glossary) is redirected to the precached one
 *   (/glossary/), as the servers do online; anything else gets the precached 404 page
 *   (a multi-page site has no single "app shell" to fall back to).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

// The worker's global scope, typed here rather than through the WebWorker lib, which
// cannot share a program with the DOM lib the rest of src/ uses.
declare const self: { __WB_MANIFEST: PrecacheEntry[]; skipWaiting(): Promise<void> };

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

precacheAndRoute(self.__WB_MANIFEST, {
  // /search/ is /search/index.html; ?q= (search) and Pagefind's ?ts= name no other file.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
});

registerRoute(
  ({ request }) => request.mode === 'navigate',
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch (error) {
      const url = new URL(request.url);
      if (!url.pathname.endsWith('/') && (await matchPrecache(`${url.pathname}/index.html`))) {
        // The browser keeps the #fragment across the redirect.
        return Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);
      }
      const page = await matchPrecache('/404.html');
      if (!page) throw error;
      return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
    }
  },
);
