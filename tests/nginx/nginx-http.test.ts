// Debian's nginx running the shipped deploy/nginx.conf on dist/, checked with plain
// HTTP: clean URLs, the 404 page, malformed URLs, method limits, types, gzip, cache
// headers, and the same security headers as the Node server for the same requests.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/nginx/nginx.ts';
import { redirectsFromDist } from '../../scripts/deploy/redirects.ts';
import { CSP_HEADER, SECURITY_HEADERS, securityHeadersFor } from '../../scripts/deploy/site-headers.ts';
import { startServer, type StaticServer } from '../../scripts/serve/static-server.ts';
import { assertBuilt, DIST, htmlPages, loadPage } from '../support/dist';
import { expectResponse, get, rawRequest, request, type RawResponse } from '../support/raw-http';

assertBuilt();

let nginx: RunningNginx;
let node: StaticServer;

beforeAll(async () => {
  nginx = await startNginx({ root: DIST });
  node = await startServer({ root: DIST, port: 0 });
});
afterAll(async () => {
  await nginx?.stop();
  await node?.close();
});

/** Every security header with the value deploy/headers.json gives it; the CSP only where the type carries it. */
const expectSecurityHeadersAsDeployed = (res: RawResponse, label: string, path = label): void => {
  const expected = securityHeadersFor(res.headers['content-type'], path);
  for (const name of Object.keys(SECURITY_HEADERS)) expect(res.headers[name.toLowerCase()], `${label}: ${name}`).toBe(expected[name]);
};

const astroFiles = readdirSync(join(DIST, '_astro'));
const cssFile = astroFiles.find((f) => f.endsWith('.css'));
const jsFile = astroFiles.find((f) => f.endsWith('.js'));
const notFoundTitle = loadPage('/404.html').querySelector('h1')?.textContent ?? '';
/** One Pagefind file of each kind a search fetches: fragment, index, filter, metadata. */
const pagefindData = ['fragment', 'index', 'filter'].flatMap((dir) => {
  const file = existsSync(join(DIST, 'pagefind', dir)) ? readdirSync(join(DIST, 'pagefind', dir))[0] : undefined;
  return file ? [`/pagefind/${dir}/${file}`] : [];
});
/** Moved pages (the explainer's old /article/ addresses) → their new addresses. */
const MOVES = redirectsFromDist(DIST);

describe('pages as built', () => {
  it(`serves every page at its clean URL (${htmlPages().length - MOVES.size} pages), HTML revalidated`, async () => {
    for (const path of htmlPages().filter((p) => p !== '/404.html' && !MOVES.has(p))) {
      const res = await get(nginx.url, path);
      expectResponse(res, path, 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      expect(res.text, path).toBe(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
      expectSecurityHeadersAsDeployed(res, path);
    }
  });

  it(`answers each moved page (${MOVES.size}) with a 301 to its new address, query kept, whatever the Host`, async () => {
    expect(MOVES.size).toBeGreaterThan(0);
    for (const [from, to] of MOVES) {
      expect((await get(nginx.url, to)).status, to).toBe(200);
      for (const [target, location] of [
        [from, to],
        [`${from}?from=x&q=%E4%B8%AD`, `${to}?from=x&q=%E4%B8%AD`],
        [`/${from}`, to],
      ] as const) {
        const res = await get(nginx.url, target, { Host: 'evil.com' });
        expectResponse(res, target, 301, { location, 'cache-control': 'no-cache' });
        expectSecurityHeadersAsDeployed(res, target);
      }
    }
  });

  it('redirects a page URL without its trailing slash, relative and same-origin whatever the Host', async () => {
    for (const [target, location] of [
      ['/article/si', '/article/si/'],
      ['/explainers', '/explainers/'],
      ['/regulations/party-constitution?x=1', '/regulations/party-constitution/?x=1'],
      ['//article', '/article/'],
      ['/./glossary', '/glossary/'],
    ] as const) {
      for (const host of ['127.0.0.1', 'evil.com']) {
        const res = await get(nginx.url, target, { Host: host });
        expectResponse(res, `${target} Host: ${host}`, 301, { location });
        expectSecurityHeadersAsDeployed(res, target);
      }
    }
  });

  it('answers unknown URLs and folders without a page with the 404 page and status 404', async () => {
    for (const target of [
      '/nope',
      '/nope/',
      '/article/nope/',
      '/_astro/',
      '/pagefind/',
      '/robots.txt/',
      '/.//evil%2ecom/x',
      '/%2e/evil.com',
    ]) {
      const res = await get(nginx.url, target);
      expectResponse(res, target, 404, { location: undefined, 'cache-control': 'no-cache' });
      expect(res.text, target).toContain(notFoundTitle);
      expectSecurityHeadersAsDeployed(res, target);
    }
  });
});

describe('requests it refuses', () => {
  it('answers 400 to malformed URLs, and still serves /', async () => {
    for (const target of ['/%', '/abc%', '/%zz', '/a%00b', '/..', '/../etc/passwd', '/%2e%2e/x', 'x']) {
      const res = await get(nginx.url, target);
      expect(res.status, target).toBe(400);
      expect(res.text, target).toContain('请求无效');
      expectSecurityHeadersAsDeployed(res, target);
    }
    // Bytes that are not UTF-8 are just names nginx does not find.
    for (const target of ['/a%ff', '/%c0%ae%c0%ae/x']) expect((await get(nginx.url, target)).status, target).toBe(404);
    expect((await get(nginx.url, '/')).status).toBe(200);
  });

  it('answers 405 with Allow: GET, HEAD to other methods; HEAD has the GET headers and no body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      for (const target of ['/', `/_astro/${jsFile}`, '/nope']) {
        const res = await rawRequest(nginx.url, request(method, target, { 'Content-Length': '0' }));
        expectResponse(res, `${method} ${target}`, 405, { allow: 'GET, HEAD', 'cache-control': 'no-cache' });
        expect(res.text, method).toContain('只接受 GET 和 HEAD 请求');
        expectSecurityHeadersAsDeployed(res, method, target);
      }
    }
    const head = await get(nginx.url, '/glossary/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['allow']).toBeUndefined();
  });
});

describe('types, compression, caching', () => {
  it('caches every hashed /_astro/ file for a year, and nothing else', async () => {
    for (const file of astroFiles) {
      const res = await get(nginx.url, `/_astro/${file}`);
      expectResponse(res, file, 200, { 'cache-control': 'public, max-age=31536000, immutable' });
      expectSecurityHeadersAsDeployed(res, file, `/_astro/${file}`);
    }
    for (const target of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/favicon.svg', '/robots.txt', '/sitemap-index.xml']) {
      expect((await get(nginx.url, target)).headers['cache-control'], target).toBe('no-cache');
    }
    expect((await get(nginx.url, '/_astro/missing.js')).headers['cache-control']).toBe('no-cache');
  });

  it('gzips text for clients that accept it, with Vary', async () => {
    for (const target of ['/', '/glossary/', `/_astro/${cssFile}`, `/_astro/${jsFile}`, '/pagefind/pagefind.js', '/nope']) {
      const plain = await get(nginx.url, target);
      const gz = await get(nginx.url, target, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(gz.headers['content-encoding'], target).toBe('gzip');
      expect(gz.headers['vary'], target).toBe('Accept-Encoding');
      expect(gz.text, target).toBe(plain.text);
      expect(gz.body.length, target).toBeLessThan(plain.body.length);
      expect(plain.headers['content-encoding'], target).toBeUndefined();
    }
  });

  it('sends the right Content-Type for the site files and Pagefind', async () => {
    const cases: [string, string][] = [
      [`/_astro/${cssFile}`, 'text/css; charset=utf-8'],
      [`/_astro/${jsFile}`, 'text/javascript; charset=utf-8'],
      ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
      ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
      ['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
      ['/favicon.ico', 'image/x-icon'],
      ['/robots.txt', 'text/plain; charset=utf-8'],
      ['/sitemap-index.xml', 'application/xml; charset=utf-8'],
    ];
    for (const [target, type] of cases) expect((await get(nginx.url, target)).headers['content-type'], target).toBe(type);
  });

  it('sends the CSP only with documents and the scripts run as workers, the other security headers with everything', async () => {
    const documents = ['/', '/nope', '/article/si', '/favicon.svg', '/sitemap-index.xml', '/sw.js', '/pagefind/pagefind-worker.js'];
    // A module script a page imports runs under the page's policy.
    const data = [
      `/_astro/${jsFile}`,
      '/pagefind/pagefind.js',
      ...pagefindData,
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.unknown.pagefind',
      `/_astro/${cssFile}`,
      '/favicon.ico',
    ];
    for (const target of [...documents, ...data]) {
      const res = await get(nginx.url, target);
      expectSecurityHeadersAsDeployed(res, target);
      expect(res.headers[CSP_HEADER.toLowerCase()], target)[documents.includes(target) ? 'toBeDefined' : 'toBeUndefined']();
    }
    const post = await rawRequest(nginx.url, request('POST', '/pagefind/pagefind-entry.json', { 'Content-Length': '0' }));
    expect(post.status).toBe(405);
    expect(post.headers[CSP_HEADER.toLowerCase()]).toBe(SECURITY_HEADERS[CSP_HEADER]);
  });

  it('serves .wasm as application/wasm (shipped config on a scratch site)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'xhdj-wasm-'));
    mkdirSync(join(root, 'pagefind'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title>');
    writeFileSync(join(root, 'pagefind', 'pagefind.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    const scratch = await startNginx({ root });
    try {
      const res = await get(scratch.url, '/pagefind/pagefind.wasm');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/wasm');
      expectSecurityHeadersAsDeployed(res, 'wasm', '/pagefind/pagefind.wasm');
    } finally {
      await scratch.stop();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the same answers as the Node server (npm start)', () => {
  const compared = [
    'status',
    'location',
    'allow',
    'cache-control',
    'content-encoding',
    'vary',
    ...Object.keys(SECURITY_HEADERS).map((h) => h.toLowerCase()),
  ];

  it('status, security, cache and encoding headers, and error pages match', async () => {
    const cases: [string, string][] = [
      ['GET', '/'],
      ['GET', '/article/si/'],
      ['GET', '/article/si'],
      ['GET', '/article/si/?from=x'],
      ['GET', '/explainers/xiehui-shanghui-dangjian/si/'],
      ['HEAD', '/article/'],
      ['GET', '//glossary'],
      ['GET', '/nope'],
      ['GET', '/_astro/'],
      ['GET', `/_astro/${cssFile}`],
      ['GET', `/_astro/${jsFile}`],
      ['GET', '/_astro/missing.js'],
      ['GET', '/pagefind/pagefind.js'],
      ['GET', '/pagefind/wasm.unknown.pagefind'],
      ['GET', '/pagefind/pagefind-entry.json'],
      ...pagefindData.map((target): [string, string] => ['GET', target]),
      ['GET', '/favicon.ico'],
      ['GET', '/sitemap-index.xml'],
      ['GET', '/favicon.svg'],
      ['GET', '/robots.txt'],
      ['GET', '/%'],
      ['GET', '/abc%'],
      ['GET', '/..'],
      ['HEAD', '/search/'],
      ['POST', '/'],
      ['DELETE', '/article/si/'],
      ['OPTIONS', '/'],
    ];
    for (const [method, target] of cases) {
      const send = (url: string): Promise<RawResponse> =>
        rawRequest(url, request(method, target, { 'Accept-Encoding': 'gzip', 'Content-Length': '0' }), { head: method === 'HEAD' });
      const [a, b] = await Promise.all([send(nginx.url), send(node.url)]);
      const pick = (r: RawResponse): Record<string, string | number | undefined> =>
        Object.fromEntries(compared.map((k) => [k, k === 'status' ? r.status : r.headers[k]]));
      expect(pick(b), `${method} ${target}`).toEqual(pick(a));
      if (a.status >= 400) expect(b.text, `${method} ${target}`).toBe(a.text);
      if (a.status === 200) {
        expect(b.headers['content-type'], `${method} ${target}`).toBe(a.headers['content-type']);
        expect(b.text, `${method} ${target}`).toBe(a.text);
      }
    }
  });
});
