// The Node static server (npm start, browser tests, benchmarks) cannot be crashed:
// malformed requests answer 400, other methods 405, unexpected errors 500, and it
// keeps serving. Redirects never leave the site. Runs on a small synthetic site.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget, startServer, type StaticServer } from '../../../scripts/serve/static-server.ts';
import { SECURITY_HEADERS } from '../../../scripts/deploy/site-headers.ts';
import { expectResponse, get, rawRequest, request, type RawResponse } from '../../support/raw-http';

const THEME = 'document.documentElement.dataset.theme="dark"';
const THEME_HASH = `'sha256-${createHash('sha256').update(THEME).digest('base64')}'`;
const META = `default-src 'self'; script-src 'self' ${THEME_HASH} 'sha256-AAAAexternalAAAA='; style-src 'self'`;
const page = (title: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${META}"><title>${title}</title><script>${THEME}</script></head><body><h1>${title}</h1>${'<p>正文</p>'.repeat(40)}</body></html>`;

let root: string;
let server: StaticServer;
const errors: unknown[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'xhdj-static-'));
  const write = (path: string, body: string): void => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), body);
  };
  write('index.html', page('首页'));
  write('404.html', page('找不到页面'));
  write('article/si/index.html', page('四'));
  write('moved/index.html', page('已移动').replace('<title>', '<meta http-equiv="refresh" content="0;url=/article/si/"><title>'));
  write('evil.com/index.html', page('同名目录'));
  write('\\evil.com/index.html', page('反斜杠目录'));
  write('_astro/app.Bx1.js', `export const x = ${JSON.stringify('x'.repeat(400))};`);
  write('sw.js', 'self.addEventListener("fetch", () => {});');
  write('pagefind/wasm.unknown.pagefind', 'binary');
  write('module.wasm', '\0asm');
  write('icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  write('icon.png', 'png');
  write('pagefind/fragment/zh_1.pf_fragment', 'fragment');
  write('pagefind/index/zh_1.pf_index', 'index');
  write('pagefind/pagefind-entry.json', '{}');
  write('robots.txt', 'User-agent: *\n');
  write('broken/index.html', page('读取失败'));
  mkdirSync(join(root, 'empty'));
  server = await startServer({
    root,
    port: 0,
    readFile: async (path: string) => {
      if (path.includes('broken')) throw new Error('simulated disk error');
      const { readFile } = await import('node:fs/promises');
      return readFile(path);
    },
    onError: (error) => errors.push(error),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Every security header is sent (the CSP here is derived from the synthetic pages), framing denied, no sniffing. */
const expectSecurityHeadersPresent = (res: RawResponse, label: string): void => {
  for (const name of Object.keys(SECURITY_HEADERS)) expect(res.headers[name.toLowerCase()], `${label}: ${name}`).toBeTruthy();
  expect(res.headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
  expect(res.headers['x-content-type-options'], label).toBe('nosniff');
};

/** A Location that stays on this site: one slash, then not another slash or backslash. */
const sameOrigin = (location: string | undefined): boolean => location === undefined || /^\/(?![/\\])/.test(location);

describe('serving the site', () => {
  it('serves pages with the security headers and a header CSP derived from the pages', async () => {
    const res = await get(server.url, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.text).toContain('<h1>首页</h1>');
    expectSecurityHeadersPresent(res, '/');
    // The inline script's hash stays, the external file's hash goes ('self' covers it).
    expect(res.headers['content-security-policy']).toBe(
      `default-src 'self'; script-src 'self' ${THEME_HASH}; style-src 'self'; frame-ancestors 'none'`,
    );
  });

  it('serves clean URLs as built and redirects a folder without its slash, same origin', async () => {
    expect((await get(server.url, '/article/si/')).text).toContain('<h1>四</h1>');
    for (const [target, location] of [
      ['/article/si', '/article/si/'],
      ['/article/si?a=1&b=%E4%B8%AD', '/article/si/?a=1&b=%E4%B8%AD'],
      ['//article//si', '/article/si/'],
      ['/./article/./si', '/article/si/'],
      ['/.//evil.com', '/evil.com/'],
      ['/%5cevil.com', '/%5Cevil.com/'],
      ['/x/..//evil.com', '/evil.com/'],
      ['http://evil.com//evil.com', '/evil.com/'],
    ] as const) {
      const res = await get(server.url, target);
      expectResponse(res, target, 301, { location });
      expectSecurityHeadersPresent(res, target);
    }
  });

  it('answers a moved page (a built redirect page) with a 301 to its new address, query kept', async () => {
    for (const [target, location] of [
      ['/moved/', '/article/si/'],
      ['/moved/?a=1', '/article/si/?a=1'],
      ['//moved//', '/article/si/'],
      ['/moved', '/moved/'],
    ] as const) {
      for (const method of ['GET', 'HEAD']) {
        const res = await rawRequest(server.url, request(method, target, { Host: 'evil.com' }), { head: method === 'HEAD' });
        expectResponse(res, `${method} ${target}`, 301, { location, 'cache-control': 'no-cache' });
        expectSecurityHeadersPresent(res, target);
      }
    }
    // The page itself stays reachable by its file name, for hosts without our servers.
    expect((await get(server.url, '/moved/index.html')).text).toContain('http-equiv="refresh"');
  });

  it('answers 404 with the site 404 page, never caching it as an asset', async () => {
    for (const target of ['/nope', '/nope/', '/robots.txt/', '/empty/', '/_astro/', '/_astro/missing.js', '/.//evil%2ecom/x']) {
      const res = await get(server.url, target);
      expectResponse(res, target, 404, { 'cache-control': 'no-cache', location: undefined });
      expect(res.text, target).toContain('<h1>找不到页面</h1>');
      expectSecurityHeadersPresent(res, target);
    }
  });

  it('caches hashed /_astro/ assets for a year and gzips text when asked', async () => {
    const plain = await get(server.url, '/_astro/app.Bx1.js');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    const gz = await get(server.url, '/_astro/app.Bx1.js', { 'Accept-Encoding': 'br, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(plain.text);
    expect(Number(gz.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']));
    expect((await get(server.url, '/_astro/app.Bx1.js', { 'Accept-Encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('sends the right types: WebAssembly, Pagefind data, text', async () => {
    expect((await get(server.url, '/module.wasm')).headers['content-type']).toBe('application/wasm');
    expect((await get(server.url, '/pagefind/wasm.unknown.pagefind')).headers['content-type']).toBe('application/octet-stream');
    expect((await get(server.url, '/robots.txt')).headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('sends the CSP only with documents and the scripts run as workers, the other security headers with everything', async () => {
    const others = Object.keys(SECURITY_HEADERS).filter((name) => name !== 'Content-Security-Policy');
    for (const [path, csp] of [
      ['/', true],
      ['/sw.js', true],
      // A module script a page imports runs under the page's policy.
      ['/_astro/app.Bx1.js', false],
      ['/icon.svg', true],
      ['/pagefind/fragment/zh_1.pf_fragment', false],
      ['/pagefind/index/zh_1.pf_index', false],
      ['/pagefind/pagefind-entry.json', false],
      ['/module.wasm', false],
      ['/icon.png', false],
      ['/robots.txt', false],
    ] as const) {
      const res = await get(server.url, path);
      expect(res.status, path).toBe(200);
      if (csp) expect(res.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      else expect(res.headers['content-security-policy'], path).toBeUndefined();
      for (const name of others) expect(res.headers[name.toLowerCase()], `${path}: ${name}`).toBe(SECURITY_HEADERS[name]);
    }
  });

  it('HEAD sends the GET headers without a body', async () => {
    const head = await get(server.url, '/article/si/', {}, 'HEAD');
    const full = await get(server.url, '/article/si/');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.body.length).toBe(0);
  });
});

describe('requests it must refuse', () => {
  it('answers 400 to the URLs that used to kill it, and keeps serving', async () => {
    for (const target of [
      '/%',
      '/abc%',
      '/a%ff',
      '/%c0%ae%c0%ae/x',
      '/%zz',
      '/a%00b',
      '/..',
      '/../etc/passwd',
      '/%2e%2e/x',
      '/..%2f..%2fx',
      'x',
      '*',
    ]) {
      const res = await get(server.url, target);
      expect(res.status, target).toBe(400);
      expect(res.text, target).toContain('请求无效');
      expectSecurityHeadersPresent(res, target);
      expect((await get(server.url, '/')).status, `after ${target}`).toBe(200);
    }
  });

  it('answers 405 with Allow to every method but GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const res = await rawRequest(server.url, request(method, '/', { 'Content-Length': '0' }));
      expectResponse(res, method, 405, { allow: 'GET, HEAD' });
      expect(res.text, method).toContain('只接受 GET 和 HEAD 请求');
      expectSecurityHeadersPresent(res, method);
    }
  });

  it('answers 500 to an unexpected error, reports it, and serves the next request', async () => {
    const res = await get(server.url, '/broken/');
    expect(res.status).toBe(500);
    expect(res.text).toContain('服务器内部错误');
    expectSecurityHeadersPresent(res, '500');
    expect(errors).toHaveLength(1);
    expect((await get(server.url, '/')).status).toBe(200);
  });

  it('answers 400 to requests Node cannot parse, with the security headers', async () => {
    for (const raw of [
      'GET / HTTP/1.1\r\nBad Header\r\n\r\n',
      'GET /\u00ff HTTP/1.1\r\nHost: a\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n',
    ]) {
      const res = await rawRequest(server.url, raw);
      expect(res.status, JSON.stringify(raw)).toBe(400);
      expectSecurityHeadersPresent(res, JSON.stringify(raw));
    }
    expect((await get(server.url, '/')).status).toBe(200);
  });
});

describe('fuzz', () => {
  const pieces = [
    '/',
    '//',
    '%',
    '%2',
    '%2e',
    '%2E',
    '%2f',
    '%5c',
    '%00',
    '%ff',
    '%c0%ae',
    '%e4%b8%ad',
    '%zz',
    '.',
    '..',
    'a',
    'article',
    'si',
    'evil.com',
    '_astro',
    '?',
    '?q=%',
    '#',
    '\\',
    '@',
    ':',
    '~',
    '&',
    '=',
    '+',
    ';',
  ];
  const target = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join('')),
    fc.string({ unit: 'binary-ascii', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => `/${s}`),
  );
  const method = fc.constantFrom(
    'GET',
    'HEAD',
    'POST',
    'PUT',
    'DELETE',
    'OPTIONS',
    'PATCH',
    'TRACE',
    'CONNECT',
    'PROPFIND',
    'get',
    'BREW',
    'G\tET',
    '',
  );
  const header = fc.constantFrom(
    '',
    'Accept-Encoding: gzip\r\n',
    'Accept-Encoding: gzip;q=0, *;q=0\r\n',
    'Host: evil.com\r\n',
    'Host:\r\n',
    'X-Forwarded-Host: evil.com\r\n',
    'Content-Length: 5\r\nTransfer-Encoding: chunked\r\n',
    'Content-Length: -1\r\n',
    'Transfer-Encoding: gzip\r\n',
    'Bad Header\r\n',
    'X: \u0000\r\n',
    'Range: bytes=0-1\r\n',
    `X-Long: ${'a'.repeat(9000)}\r\n`,
  );

  it('any method, target and headers: a well-formed answer, never a 500, never an off-site redirect; / still 200', async () => {
    await fc.assert(
      fc.asyncProperty(method, target, fc.array(header, { maxLength: 3 }), async (m, t, hs) => {
        const raw = `${m} ${t} HTTP/1.1\r\nHost: 127.0.0.1\r\n${hs.join('')}Connection: close\r\n\r\n`;
        const res = await rawRequest(server.url, raw, { head: m === 'HEAD' });
        // Node may drop a connection it cannot parse at all; everything else is answered.
        if (res.status !== 0) {
          expect([200, 301, 400, 404, 405, 431]).toContain(res.status);
          expect(sameOrigin(res.headers['location'])).toBe(true);
          expect(res.headers['x-content-type-options']).toBe('nosniff');
        }
      }),
      { numRuns: 400 },
    );
    expect(errors).toHaveLength(1); // only the simulated disk error above
    const home = await get(server.url, '/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('<h1>首页</h1>');
  });

  it('parseTarget only yields clean segments and root-relative paths', () => {
    fc.assert(
      fc.property(target, (t) => {
        const parsed = parseTarget(t);
        if (!parsed) return;
        for (const segment of parsed.segments) {
          expect(['', '.', '..']).not.toContain(segment);
          expect(segment).not.toMatch(/[/\0]/);
        }
        expect(parsed.pathname).toMatch(/^\/(?!\/)/);
      }),
      { numRuns: 2000 },
    );
  });
});
