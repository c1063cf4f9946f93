// deploy/headers.json is the one source of truth for how the site is served: the Node
// server reads it, deploy/nginx.conf's generated regions are rendered from it, and the
// header CSP is derived from the built pages by one function. These tests need no build.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyNginxRegions, NGINX_CONF_PATH, renderNginxRegions } from '../../../scripts/deploy/deploy-config.ts';
import { headerPolicyFromDist } from '../../../scripts/deploy/header-csp.ts';
import { siteConfigFor } from '../../../scripts/nginx/nginx.ts';
import { carriesCsp, CSP_HEADER, loadDeployConfig, scriptType, SECURITY_HEADERS } from '../../../scripts/deploy/site-headers.ts';

const nginxConf = readFileSync(NGINX_CONF_PATH, 'utf8');
const config = loadDeployConfig();

describe('deploy/nginx.conf', () => {
  it('its generated regions are what deploy/headers.json renders (run node scripts/deploy/deploy-config.ts if not)', () => {
    expect(applyNginxRegions(nginxConf, renderNginxRegions(config))).toBe(nginxConf);
  });

  it('sends exactly the security headers the Node server sends, on every response', () => {
    const addHeaders = nginxConf
      .split('\n')
      .filter((line) => /^\s*add_header\s/.test(line))
      .map((line) => line.trim());
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(value, name).not.toBe('');
      if (name === CSP_HEADER) expect(addHeaders).toContain(`add_header ${name} $xhdj_csp always;`);
      else expect(addHeaders, name).toContain(`add_header ${name} "${value}" always;`);
    }
    // All at server level: an add_header inside a location would drop the others there.
    expect(addHeaders).toHaveLength(Object.keys(SECURITY_HEADERS).length + 2);
    const serverLevel = /^ {4}add_header /gm;
    expect(nginxConf.match(serverLevel)).toHaveLength(addHeaders.length);
  });

  it('maps the Content-Type and path to the CSP as the Node server does: documents and the worker scripts, nothing else', () => {
    const map = /^map "\$sent_http_content_type:\$uri" \$xhdj_csp \{\n((?: {4}"~.+" ".+";\n)+) {4}default "";\n\}$/m.exec(nginxConf);
    // "~*" is a case-insensitive key, "~" a case-sensitive one (its (?i:…) groups aside).
    const entries = [...(map?.[1] ?? '').matchAll(/^ {4}"~(\*?)(.+)" "(.+)";$/gm)];
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry[3]).toBe(SECURITY_HEADERS[CSP_HEADER]);
    const keys = entries.map(([, insensitive, pattern]) => new RegExp(pattern!, insensitive ? 'i' : ''));
    const nginxCarries = (contentType: string, path: string): boolean => keys.some((key) => key.test(`${contentType}:${path}`));
    const sent = [...Object.keys(config.types), 'text/xml', 'application/xhtml+xml', config.defaultType, 'text/htmlx', 'image/svgxml'];
    const paths = [
      '/',
      '/search/',
      '/_astro/ranking.Ab1.js',
      '/pagefind/pagefind.js',
      '/sw.js.map',
      '/x/sw.js',
      '/SW.JS',
      ...config.cspWorkers,
    ];
    for (const type of sent) {
      for (const contentType of [type, `${type}; charset=utf-8`, type.toUpperCase()]) {
        for (const path of paths) expect(nginxCarries(contentType, path), `${contentType} ${path}`).toBe(carriesCsp(contentType, path));
      }
    }
    expect(sent.filter((type) => carriesCsp(type, '/_astro/ranking.Ab1.js')).sort()).toEqual([
      'application/xhtml+xml',
      'application/xml',
      'image/svg+xml',
      'text/html',
      'text/xml',
    ]);
    expect(config.cspWorkers.length).toBeGreaterThan(0);
    expect(config.cspWorkers.every((path) => carriesCsp(`${scriptType(config)}; charset=utf-8`, path))).toBe(true);
  });

  it('limits methods, maps WebAssembly, gzips and keeps redirects relative', () => {
    expect(nginxConf).toMatch(/if \(\$request_method !~ \^\(GET\|HEAD\)\$\) \{\s*return 405;/);
    expect(nginxConf).toMatch(/^\s*application\/wasm wasm;$/m);
    expect(nginxConf).toMatch(/^\s*gzip on;$/m);
    expect(nginxConf).toMatch(/^\s*absolute_redirect off;$/m);
    expect(nginxConf).toMatch(/^\s*error_page 404 \/404\.html;$/m);
  });

  it('the test harness replaces only listen and root', () => {
    const site = siteConfigFor(nginxConf, { root: '/tmp/site/dist', port: 8123 });
    expect(site.match(/^[ \t]*listen\s.*$/gm)).toEqual(['    listen 127.0.0.1:8123;']);
    expect(site.match(/^[ \t]*root\s.*$/gm)).toEqual(['    root "/tmp/site/dist";']);
    const strip = (text: string): string => text.replace(/^[ \t]*(listen|root)\s.*\n/gm, '');
    expect(strip(site)).toBe(strip(nginxConf));
    expect(() => siteConfigFor(nginxConf.replace(/^[ \t]*root\s.*$/m, ''), { root: '/x', port: 1 })).toThrow(/root/);
  });
});

describe('header CSP derived from the pages', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const site = (pages: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'xhdj-csp-'));
    dirs.push(dir);
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    return dir;
  };
  const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const html = (meta: string, body: string): string =>
    `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${meta}"></head><body>${body}</body></html>`;
  const inline = 'theme()';
  const moduleScript = 'import("/x.js")';
  const meta = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(inline)} ${hash(moduleScript)} ${hash('external')}; style-src 'self' ${hash('unused')}`;

  it('keeps the meta policy, only the inline hashes, and adds frame-ancestors', () => {
    const body = `<script>${inline}</script><script type="module">${moduleScript}</script><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>`;
    const dir = site({ 'index.html': html(meta, body), 'a/index.html': html(meta, `<script>${inline}</script>`) });
    expect(headerPolicyFromDist(dir)).toBe(
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${[hash(inline), hash(moduleScript)].sort().join(' ')}; style-src 'self'; frame-ancestors 'none'`,
    );
  });

  it('reads entity-encoded meta content', () => {
    const dir = site({ 'index.html': html(meta.replace(/'/g, '&#39;'), `<script>${inline}</script>`) });
    expect(headerPolicyFromDist(dir)).toContain(hash(inline));
  });

  it('is undefined for pages without a meta policy, and refuses pages that disagree or would block themselves', () => {
    expect(headerPolicyFromDist(site({ 'index.html': '<p>hi</p>' }))).toBeUndefined();
    expect(() => headerPolicyFromDist(site({ 'index.html': html(meta, ''), 'b.html': html("default-src 'self'", '') }))).toThrow(/不一致/);
    expect(() => headerPolicyFromDist(site({ 'index.html': html(meta, '<script>other()</script>') }))).toThrow(/缺少内联元素的哈希/);
  });
});
