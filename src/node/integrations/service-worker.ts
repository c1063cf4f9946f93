/**
 * Astro integration: after the build (and after Pagefind has written its index), writes
 * dist/sw.js (src/client/worker/sw.ts with Workbox) and dist/offline-all.json, the two halves of
 * the offline copy (issue #19: it has to fit a phone's data plan):
 *
 * - The precache, fetched by every reader's browser on the first visit: the shell (home,
 *   404 and offline pages, code, styles, icons), the self-assessment and the search page
 *   and runtime. None of it grows with the corpus, so it stays within a fixed budget
 *   (tests/build/offline.test.ts, `npm run bench:scale`).
 * - The rest (every other page, Pagefind's index, fragment and filter chunks) is cached
 *   as it is used, or all at once when the reader chooses 下载全部内容以便离线阅读: the
 *   worker then fetches the list in offline-all.json. Its size, known only now, is written
 *   into the pages that offer the choice (src/components/FullDownload.astro).
 *
 * Both lists are globbed from dist/ by the rules below, so new routes are picked up
 * without a change here; every file falls under exactly one rule (build test).
 *
 * Updates: each precache entry carries a content revision, so a new deploy changes
 * sw.js (served no-cache, checked by the browser on navigations); the new worker
 * precaches what changed, takes over at once (skipWaiting, clientsClaim) and open pages
 * offer "内容已更新 / 重新加载" (src/components/UpdateNotice.astro).
 *
 * The Workbox runtime is bundled into sw.js: no importScripts, no other origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_URL } from '../../shared/site/constants.ts';
import { FULL_LIST_URL, FULL_SIZE_ATTR, formatSize, type FullList } from '../../client/worker/full-download.ts';
import { PAGEFIND_DIR } from './pagefind.ts';

const SW_FILE = SERVICE_WORKER_URL.slice(1);
const FULL_LIST_FILE = FULL_LIST_URL.slice(1);

/**
 * Which file goes where (globs relative to dist/). Not for readers: the worker and the
 * full list themselves, Pagefind's stock UIs (the site has its own), the crawler files.
 */
const NOT_CACHED = [
  SW_FILE,
  FULL_LIST_FILE,
  `${PAGEFIND_DIR}/pagefind-*ui.*`,
  `${PAGEFIND_DIR}/pagefind-highlight.js`,
  'sitemap-*.xml',
  'robots.txt',
];
/** The pages in the precache: home, the 404 and offline pages, search, and the self-assessment (all its pages). */
const SHELL_PAGES = ['index.html', '404.html', 'offline/index.html', 'search/index.html', 'assessment/**/*.html'];
/** The precache: those pages and every file that is not a page nor a Pagefind chunk (code, styles, icons, Pagefind's runtime and metadata). */
const SHELL = { globPatterns: ['**/*.!(html)', ...SHELL_PAGES], globIgnores: [...NOT_CACHED, `${PAGEFIND_DIR}/*/*`] };
/** What grows with the corpus: the other pages and Pagefind's chunks (the folders of pagefind/). */
const REST = { globPatterns: ['**/*.html', `${PAGEFIND_DIR}/*/*`], globIgnores: [...NOT_CACHED, ...SHELL_PAGES] };

/**
 * The precache's limit (issue #19): what every reader's phone downloads on the first
 * visit, without being asked. About 0.4 MB measured (docs/benchmarks.md); the build fails
 * above it.
 */
export const PRECACHE_BUDGET = 3 * 1024 * 1024;

/** The worker's source, bundled with the Workbox modules it imports. */
const SOURCE = fileURLToPath(new URL('../../client/worker/sw.ts', import.meta.url));
/** Where the precache list goes in the bundled worker (Workbox's own convention), and the full list's version. */
const PLACEHOLDERS = { manifest: 'self.__WB_MANIFEST', fullVersion: 'self.__FULL_VERSION' };

export interface OfflineCopy {
  /** The precache. */
  count: number;
  size: number;
  /** The full download (offline-all.json). */
  fullCount: number;
  fullSize: number;
}

/**
 * Writes dist/offline-all.json and dist/sw.js: Workbox lists the files with their
 * revisions (getManifest), the bundler Vite already uses (rolldown) bundles
 * src/client/worker/sw.ts, and the list replaces its placeholder. This is what Workbox's
 * injectManifest does; the two parts are called directly because workbox-build's entry
 * module loads its own bundler and Babel (about 2 s per build, measured) for
 * generateSW, which the site does not need. `build/get-manifest.js` is not a documented
 * entry point of workbox-build: when upgrading Workbox, check that it is still there
 * (the build fails at once if not).
 */
export async function writeServiceWorker(dist: string): Promise<OfflineCopy> {
  // Loaded only here, so that `astro dev` and `astro check` (they load this config too)
  // do not pay for them.
  const [{ getManifest }, { build }] = await Promise.all([import('workbox-build/build/get-manifest.js'), import('rolldown')]);
  const list = async (rule: typeof SHELL): Promise<Awaited<ReturnType<typeof getManifest>>> => {
    const result = await getManifest({
      globDirectory: dist,
      ...rule,
      // Hashed file names are their own revision: the build's assets, Pagefind's chunks and metadata.
      dontCacheBustURLsMatching: new RegExp(`^(_astro/|${PAGEFIND_DIR}/.+\\.pf_\\w+$)`),
    });
    if (result.warnings.length) throw new Error(`Workbox：${result.warnings.join('；')}`);
    return result;
  };

  const rest = await list(REST);
  // Requested at their address, as scripts/deploy/dist-pages.ts's pageAddress (the build cannot import scripts/): regulations/index.html → /regulations/.
  const files = rest.manifestEntries.map(({ url, revision }) => ({ url: `/${url.replace(/(^|\/)index\.html$/, '$1')}`, revision }));
  const full: FullList = { version: createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16), files };
  writeFileSync(join(dist, FULL_LIST_FILE), JSON.stringify(full));

  // The download's size into the pages that offer it, before their revisions are taken.
  const marker = new RegExp(`(<[^>]*\\b${FULL_SIZE_ATTR}\\b[^>]*>)[^<]*<`, 'g');
  for (const { url } of (await list(SHELL)).manifestEntries.filter((e) => e.url.endsWith('.html'))) {
    const file = join(dist, url);
    const html = readFileSync(file, 'utf8');
    const sized = html.replace(marker, `$1${formatSize(rest.size)}<`);
    if (sized !== html) writeFileSync(file, sized);
  }
  const shell = await list(SHELL);
  if (shell.size > PRECACHE_BUDGET) throw new Error(`service worker：预缓存 ${shell.size} 字节，超过预算 ${PRECACHE_BUDGET} 字节`);

  const bundle = await build({
    input: SOURCE,
    write: false,
    platform: 'browser',
    logLevel: 'warn',
    // Workbox's development logging is dropped in production builds.
    transform: { define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
    output: { format: 'iife', minify: true },
  });
  let code = bundle.output[0].code;
  const values = {
    manifest: JSON.stringify(shell.manifestEntries.map(({ url, revision }) => ({ url, revision }))),
    fullVersion: JSON.stringify(full.version),
  };
  for (const [key, placeholder] of Object.entries(PLACEHOLDERS) as [keyof typeof PLACEHOLDERS, string][]) {
    if (code.split(placeholder).length !== 2) throw new Error(`service worker：${SOURCE} 打包后应当恰好含一处 ${placeholder}`);
    code = code.replace(placeholder, values[key]);
  }
  writeFileSync(join(dist, SW_FILE), code);
  return { count: shell.count, size: shell.size, fullCount: rest.count, fullSize: rest.size };
}

export function serviceWorkerIntegration(): AstroIntegration {
  return {
    name: 'xhdj:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, fullCount, fullSize } = await writeServiceWorker(fileURLToPath(dir));
        const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(2);
        logger.info(
          `Service worker：预缓存 ${count} 个文件，共 ${mb(size)} MB；“下载全部内容”另有 ${fullCount} 个文件，共 ${mb(fullSize)} MB`,
        );
      },
    },
  };
}
