// The built site's offline copy and install metadata: the web app manifest and its
// icons, the service worker's precache (the shell, within a fixed budget) and the full
// download's list (everything else), and the headers that let a new deploy reach readers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, contentTypeFor } from '../../scripts/deploy/site-headers.ts';
import { MANIFEST_URL, SERVICE_WORKER_URL } from '../../src/shared/site/constants';
import { SITE_NAME } from '../../src/shared/site/meta';
import { PRECACHE_BUDGET } from '../../src/node/integrations/service-worker.ts';
import { FULL_LIST_URL, formatSize, type FullList } from '../../src/client/worker/full-download';
import { assertBuilt, DIST, htmlPages, loadPage, pageFile } from '../support/dist';

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

const distFile = (url: string): string => join(DIST, url.replace(/^\//, ''));
/** The file an address is served from, relative to dist/: /glossary/ → glossary/index.html. */
const fileOf = (address: string): string => relative(DIST, pageFile(address)).replace(/\\/g, '/');

/** Width and height from a PNG's IHDR chunk; throws when the file is not a PNG. */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString() !== 'IHDR') {
    throw new Error(`${file} 不是 PNG`);
  }
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** Every file in dist/ as a path relative to it. */
function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? distFiles(join(dir, e.name)) : [relative(DIST, join(dir, e.name)).replace(/\\/g, '/')],
  );
}

describe('web app manifest', () => {
  let manifest: Manifest;
  beforeAll(() => {
    assertBuilt();
    manifest = JSON.parse(readFileSync(distFile(MANIFEST_URL), 'utf8')) as Manifest;
  });

  it('names the site in zh-CN and starts standalone at the home page', () => {
    expect(manifest).toMatchObject({ name: SITE_NAME, lang: 'zh-CN', start_url: '/', display: 'standalone' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    const home = readFileSync(distFile('/index.html'), 'utf8');
    expect(home).toContain(`<meta name="theme-color" content="${manifest.theme_color}"`);
  });

  it('has 192 and 512 px PNG icons, one of them maskable, that exist with the stated size', () => {
    for (const icon of manifest.icons) {
      expect(icon.type).toBe('image/png');
      expect(pngSize(distFile(icon.src)), icon.src).toBe(icon.sizes);
    }
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
  });

  it.each(htmlPages())('%s links the manifest and an existing touch icon', (page) => {
    const doc = loadPage(page);
    expect(doc.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(MANIFEST_URL);
    const touch = doc.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href') ?? '';
    expect(existsSync(distFile(touch)), touch).toBe(true);
    expect(pngSize(distFile(touch))).toBe('180x180');
    expect(doc.querySelector('[data-sw]')?.getAttribute('data-sw')).toBe(SERVICE_WORKER_URL);
  });
});

describe('service worker', () => {
  let source: string;
  let precached: string[];
  let full: FullList;
  beforeAll(() => {
    assertBuilt();
    source = readFileSync(distFile(SERVICE_WORKER_URL), 'utf8');
    full = JSON.parse(readFileSync(distFile(FULL_LIST_URL), 'utf8')) as FullList;
    precached = [...source.matchAll(/\{"url":"([^"]+)","revision":(?:"[0-9a-f]+"|null)\}/g)].map((m) => m[1]!);
  });

  it('carries the Workbox runtime itself: no importScripts, nothing from another origin', () => {
    expect(source).not.toMatch(/importScripts/);
    expect(source).toContain('workbox:precaching:');
    expect(readdirSync(DIST).filter((f) => /^workbox-/.test(f))).toEqual([]);
  });

  it('precaches the shell, search and the self-assessment, and no page or search chunk that grows with the corpus', () => {
    for (const page of [
      'index.html',
      '404.html',
      'offline/index.html',
      'search/index.html',
      'assessment/index.html',
      'assessment/overview/index.html',
    ])
      expect(precached).toContain(page);
    const files = distFiles();
    const runtime = files.filter(
      (f) =>
        f.startsWith('_astro/') ||
        /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|.*\.pf_meta)$/.test(f),
    );
    expect(runtime.filter((f) => !precached.includes(f))).toEqual([]);
    expect(precached.filter((f) => /^(regulations|explainers|glossary|requirements)\//.test(f) || /^pagefind\/.+\//.test(f))).toEqual([]);
    // Every entry is a real file, and the worker does not cache itself.
    expect(precached.filter((f) => !files.includes(f))).toEqual([]);
    expect(precached).not.toContain(SERVICE_WORKER_URL.slice(1));
  });

  it(`stays within its fixed budget (${PRECACHE_BUDGET / 1024 / 1024} MB), whatever the corpus`, () => {
    const size = precached.reduce((n, f) => n + statSync(join(DIST, f)).size, 0);
    expect(size).toBeGreaterThan(100 * 1024);
    expect(size).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });

  it('leaves every other page and every Pagefind chunk to the full download: each file is in exactly one list', () => {
    const listed = full.files.map((f) => fileOf(f.url));
    expect(listed.filter((f) => !existsSync(join(DIST, f)))).toEqual([]);
    expect(listed.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    expect(listed.some((f) => f.endsWith('.pf_index'))).toBe(true);
    expect(listed.filter((f) => precached.includes(f))).toEqual([]);
    const neither = distFiles().filter((f) => !precached.includes(f) && !listed.includes(f));
    expect(
      neither.filter(
        (f) => !/^(sw\.js|offline-all\.json|robots\.txt|sitemap-[\w-]+\.xml|pagefind\/pagefind-(\w+-)?(ui|highlight)\.\w+)$/.test(f),
      ),
    ).toEqual([]);
    expect(htmlPages().filter((p) => !precached.includes(fileOf(p)) && !listed.includes(fileOf(p)))).toEqual([]);
    // Pages by content, chunks by their hashed names; the worker knows which list it belongs with.
    expect(full.files.find((f) => f.url === '/glossary/')?.revision).toMatch(/^[0-9a-f]{32}$/);
    expect(full.files.filter((f) => f.url.endsWith('.pf_fragment')).every((f) => f.revision === null)).toBe(true);
    expect(source).toContain(JSON.stringify(full.version));
  });

  it('is offered with its size on the home page and the offline page', () => {
    const size = full.files.reduce((n, f) => n + statSync(join(DIST, fileOf(f.url))).size, 0);
    for (const page of ['/', '/offline/']) {
      const section = loadPage(page).querySelector('[data-full-download]');
      expect(section?.getAttribute('data-full-download')).toBe(SERVICE_WORKER_URL);
      expect(section?.querySelector('button')?.textContent).toBe(`下载全部内容以便离线阅读（${formatSize(size)}）`);
    }
  });

  it('has an offline page that search engines and the search index leave out', () => {
    expect(loadPage('/offline/').querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('/offline/');
    expect(loadPage('/offline/').querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('revisions pages by content and hashed assets by name', () => {
    expect(source).toMatch(/\{"url":"index\.html","revision":"[0-9a-f]{32}"\}/);
    expect(source).toMatch(/\{"url":"_astro\/[^"]+","revision":null\}/);
  });

  it('and the manifest are never cached immutably, so a new deploy is seen', () => {
    for (const url of [SERVICE_WORKER_URL, MANIFEST_URL]) expect(cacheControlFor(200, url)).toBe('no-cache');
    expect(contentTypeFor('js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('webmanifest')).toMatch(/^application\/manifest\+json/);
  });
});
