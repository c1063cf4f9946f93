// The committed deploy files match this build: the Content-Security-Policy header in
// deploy/headers.json and deploy/nginx.conf is the one derived from dist/, and it is
// compatible with the policy every page carries in its meta tag.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedDeployFiles, NGINX_CONF_PATH } from '../../scripts/deploy/deploy-config.ts';
import { headerPolicyFromDist, parsePolicy } from '../../scripts/deploy/header-csp.ts';
import { CSP_WORKERS, DEPLOY_CONFIG_PATH, SECURITY_HEADERS } from '../../scripts/deploy/site-headers.ts';
import { SERVICE_WORKER_URL } from '../../src/shared/site/constants';
import { assertBuilt, DIST, htmlPages, loadPage } from '../support/dist';

assertBuilt();

const STALE = 'deploy/ 与本次构建不一致：运行 node scripts/deploy/deploy-config.ts，检查并提交 deploy/headers.json 和 deploy/nginx.conf';

describe('deploy files', () => {
  it('deploy/headers.json and deploy/nginx.conf are up to date with dist/', () => {
    const expected = expectedDeployFiles(DIST);
    expect(readFileSync(DEPLOY_CONFIG_PATH, 'utf8'), STALE).toBe(expected.headersJson);
    expect(readFileSync(NGINX_CONF_PATH, 'utf8'), STALE).toBe(expected.nginxConf);
  });

  it('the header policy allows what every page needs, adds frame-ancestors, and nothing from other origins', () => {
    const header = new Map(parsePolicy(SECURITY_HEADERS['Content-Security-Policy'] ?? ''));
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'/);
    for (const path of htmlPages()) {
      const meta = loadPage(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      for (const [name, sources] of parsePolicy(meta)) {
        const allowed = header.get(name);
        expect(allowed, `${path} ${name}`).toBeDefined();
        // Same keywords and origins; hashes only where the page has an inline element.
        const plain = (list: string[]): string[] => list.filter((s) => !s.startsWith("'sha")).sort();
        expect(plain(allowed ?? []), `${path} ${name}`).toEqual(plain(sources));
        for (const h of allowed ?? []) if (h.startsWith("'sha")) expect(sources, `${path} ${name}`).toContain(h);
      }
    }
    expect(headerPolicyFromDist(DIST)).toBe(SECURITY_HEADERS['Content-Security-Policy']);
  });

  it('the scripts that carry the CSP as workers are the ones this build runs as workers', () => {
    for (const path of CSP_WORKERS) expect(existsSync(join(DIST, path)), path).toBe(true);
    expect(CSP_WORKERS).toContain(SERVICE_WORKER_URL);
    // Pagefind starts its worker by this name: after an upgrade that renames it, this fails.
    const worker = CSP_WORKERS.find((path) => path.startsWith('/pagefind/'))!;
    expect(readFileSync(join(DIST, 'pagefind/pagefind.js'), 'utf8')).toContain(worker.slice('/pagefind/'.length));
  });
});
