/**
 * The service worker's source: bundled with the Workbox modules it imports into dist/sw.js
 * by src/node/integrations/service-worker.ts, which also writes the precache list where
 * `self.__WB_MANIFEST` stands and the full download's list version at `self.__FULL_VERSION`.
 *
 * - Precached (a fixed size whatever the corpus, see the integration): the site's shell,
 *   the self-assessment and the search runtime. Served from the cache, updated by revision.
 * - Cached as they are used: pages (network first, so a visited page is fresh online and
 *   there offline) and Pagefind's index and fragment chunks (cache first: their names are
 *   their content hashes).
 * - On the reader's explicit choice (下载全部内容以便离线阅读, messages from the page, one
 *   per batch), the worker fetches the rest, listed in offline-all.json, into those same
 *   caches, telling every open page its progress; what each batch saved is recorded, so a
 *   repeated or interrupted download fetches only what is missing or changed.
 * - A new deploy changes the precache list, so the browser (which checks sw.js on
 *   navigations; it is served no-cache) installs the new worker, which takes over at once,
 *   deleting from the runtime caches what the new build no longer has; open pages then
 *   offer a reload (src/components/UpdateNotice.astro).
 * - Offline, a page typed without its trailing slash (/glossary) is redirected to the
 *   saved one (/glossary/), as the servers do online; a page not saved gets the precached
 *   offline page (src/pages/offline.astro), which says so in Chinese.
 */
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import {
  FULL_LIST_URL,
  pending,
  statusText,
  type FromWorker,
  type FullList,
  type FullSaved,
  type FullStatus,
  type ToWorker,
} from './full-download.ts';

interface MessageEvent {
  data: ToWorker;
  source: { postMessage(message: FromWorker): void } | null;
  waitUntil(promise: Promise<unknown>): void;
}
// The worker's global scope, typed here rather than through the WebWorker lib: the whole-project
// program (tsconfig.json) sees this file beside the DOM lib, and the two libs cannot share a
// program. Its own tsconfig (WebWorker, no DOM) keeps page-only globals out.
declare const self: {
  __WB_MANIFEST: PrecacheEntry[];
  __FULL_VERSION: string;
  location: { readonly origin: string };
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<{ postMessage(message: FromWorker): void }[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: { waitUntil(promise: Promise<unknown>): void }) => void): void;
};

/** Runtime caches: pages, and Pagefind's chunks; the full download's own record is in `full`. */
const CACHES = { pages: 'xhdj-pages', search: 'xhdj-search', full: 'xhdj-full' } as const;
const SAVED_KEY = '/full-download-saved.json';
const OFFLINE_PAGE = '/offline/index.html';

void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

// Named once: the build writes the list where self.__WB_MANIFEST stands, exactly once.
const PRECACHE = self.__WB_MANIFEST;
precacheAndRoute(PRECACHE, {
  // /search/ is /search/index.html; ?q= (search) and Pagefind's ?ts= name no other file.
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
});

const isSearchChunk = (url: URL): boolean => url.origin === self.location.origin && url.pathname.startsWith('/pagefind/');

/** One cache entry per file: a page's ?q= or #fragment names no other. Only whole, direct answers are kept (not a redirect, not an error page). */
const sameFile: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => request.url.replace(/[?#].*$/, ''),
  cacheWillUpdate: async ({ response }) => (response.status === 200 && response.type === 'basic' && !response.redirected ? response : null),
};

registerRoute(({ url }) => isSearchChunk(url), new CacheFirst({ cacheName: CACHES.search, plugins: [sameFile] }));

const pages = new NetworkFirst({ cacheName: CACHES.pages, plugins: [sameFile] });
registerRoute(
  ({ request }) => request.mode === 'navigate',
  async (options) => {
    try {
      return await pages.handle(options);
    } catch (error) {
      const url = new URL(options.request.url);
      const folder = `${url.pathname}/`;
      if (!url.pathname.endsWith('/') && ((await matchPrecache(`${folder}index.html`)) ?? (await caches.match(url.origin + folder)))) {
        // The browser keeps the #fragment across the redirect.
        return Response.redirect(`${url.origin}${folder}${url.search}`, 301);
      }
      const page = await matchPrecache(OFFLINE_PAGE);
      if (!page) throw error;
      return new Response(page.body, { status: 503, statusText: 'Offline', headers: page.headers });
    }
  },
);

/**
 * The runtime caches hold only the current build's files: a new worker, on activating,
 * deletes the pages and search chunks its build no longer has (a removed page; Pagefind's
 * chunks of an older index, named by their hashes, which would otherwise pile up with
 * every deploy), and their record in the full download. So the caches never outgrow the
 * site itself. Offline, the pruning waits for the next new worker.
 */
async function pruneRuntimeCaches(): Promise<void> {
  const used = (await Promise.all([CACHES.pages, CACHES.search].map(async (name) => (await caches.open(name)).keys()))).flat();
  const saved = await readSaved();
  if (used.length === 0 && Object.keys(saved.files).length === 0) return;
  const list = (await (await fetchOk(FULL_LIST_URL)).json()) as FullList;
  const href = (path: string): string => new URL(path, self.location.origin).href;
  const current = new Set(list.files.map((f) => href(f.url)));
  for (const entry of PRECACHE) {
    const path = `/${typeof entry === 'string' ? entry : entry.url}`;
    current.add(href(path)).add(href(path.replace(/(^|\/)index\.html$/, '$1')));
  }
  for (const name of [CACHES.pages, CACHES.search]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) if (!current.has(request.url)) await cache.delete(request);
  }
  for (const url of Object.keys(saved.files)) if (!current.has(href(url))) delete saved.files[url];
  await writeSaved(saved);
}
self.addEventListener('activate', (event) => event.waitUntil(pruneRuntimeCaches().catch(() => undefined)));

// The full download.

const message = (status: FullStatus): FromWorker => ({ type: 'full-status', status, text: statusText(status) });
/** The last status sent while a download runs: a page opened meanwhile is told that. */
let latest: FullStatus = { state: 'none' };
const broadcast = async (status: FullStatus): Promise<void> => {
  latest = status;
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message(status));
};

async function readSaved(): Promise<FullSaved> {
  const response = await caches.match(SAVED_KEY, { cacheName: CACHES.full });
  return response ? ((await response.json()) as FullSaved) : { version: null, files: {} };
}

async function writeSaved(saved: FullSaved): Promise<void> {
  await (await caches.open(CACHES.full)).put(SAVED_KEY, new Response(JSON.stringify(saved)));
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response;
}

/**
 * Files fetched per message. A browser may stop a worker whose event runs long, so the
 * download is a series of short events: each message fetches one batch and records it,
 * and a page showing the download's progress asks for the next (client/enhance/full-download.ts).
 * With no such page open, the download stops after its batch; the next press continues.
 */
const BATCH = 20;

/** Fetches the next batch of listed files not saved yet, a few at a time, and records them; says where the download stands then. */
async function downloadBatch(): Promise<FullStatus> {
  const saved = await readSaved();
  let done = 0;
  let total = 0;
  try {
    const list = (await (await fetchOk(FULL_LIST_URL)).json()) as FullList;
    const todo = pending(list.files, saved.files);
    total = list.files.length;
    done = total - todo.length;
    const batch = todo.slice(0, BATCH);
    const cache = { pages: await caches.open(CACHES.pages), search: await caches.open(CACHES.search) };
    let next = 0;
    const fetchSome = async (): Promise<void> => {
      for (let entry = batch[next++]; entry; entry = batch[next++]) {
        const url = new URL(entry.url, self.location.origin);
        const response = await fetchOk(url.href);
        // A moved page the server answers with a redirect: a navigation cannot use that answer.
        if (!response.redirected) await (isSearchChunk(url) ? cache.search : cache.pages).put(url.href, response);
        saved.files[entry.url] = entry.revision;
        done++;
      }
    };
    await Promise.all([fetchSome(), fetchSome(), fetchSome(), fetchSome()]);
    if (todo.length <= BATCH) saved.version = list.version;
    await writeSaved(saved);
    return todo.length <= BATCH ? { state: 'done' } : { state: 'progress', done, total };
  } catch (error) {
    // What was fetched stays saved: the next try continues from there.
    await writeSaved(saved).catch(() => undefined);
    const storage = error instanceof DOMException && error.name === 'QuotaExceededError';
    return { state: 'failed', reason: storage ? 'storage' : 'network', done, total };
  }
}

let running: Promise<void> | undefined;
self.addEventListener('message', (event) => {
  if (event.data.type === 'full-download') {
    // One batch at a time; it is over (running cleared) before its status asks for the next.
    if (running) return event.waitUntil(running);
    running = downloadBatch().then((status) => {
      running = undefined;
      return broadcast(status);
    });
    event.waitUntil(running);
  } else if (event.data.type === 'full-status') {
    event.waitUntil(
      readSaved().then((saved) => {
        const done = Object.keys(saved.files).length;
        const status: FullStatus =
          saved.version === self.__FULL_VERSION
            ? { state: 'done' }
            : saved.version
              ? { state: 'outdated' }
              : done > 0
                ? { state: 'partial', done }
                : { state: 'none' };
        event.source?.postMessage(message(running ? latest : status));
      }),
    );
  }
});
