// Moved pages read off a built site (scripts/deploy/redirects.ts): a page whose head has a
// meta refresh is a permanent move; both servers we ship answer it with a 301. Runs on
// small synthetic sites.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nginxRedirects, redirectsFromDist } from '../../../scripts/deploy/redirects.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A scratch site: path → the target of its meta refresh, or null for an ordinary page. */
function site(pages: Record<string, string | null>): string {
  const root = mkdtempSync(join(tmpdir(), 'xhdj-moves-'));
  roots.push(root);
  for (const [path, to] of Object.entries(pages)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    const head = to === null ? '' : `<meta http-equiv="refresh" content="0;url=${to}">`;
    writeFileSync(join(root, path), `<!doctype html><html><head><title>页</title>${head}</head><body><h1>页</h1></body></html>`);
  }
  return root;
}

describe('redirectsFromDist', () => {
  it('lists each page with a meta refresh by its address, and nothing else', () => {
    const root = site({
      'index.html': null,
      '404.html': null,
      'old/index.html': '/new/',
      'old/ch-1/index.html': '/new/ch-1/',
      'new/index.html': null,
      'new/ch-1/index.html': null,
    });
    expect([...redirectsFromDist(root)]).toEqual([
      ['/old/ch-1/', '/new/ch-1/'],
      ['/old/', '/new/'],
    ]);
  });

  it('refuses a move that leaves the site or could not be written into nginx.conf, naming the file', () => {
    for (const to of ['https://evil.com/', '//evil.com/', '/a b/', '/x;return 200/', '/x', '/$host/']) {
      const root = site({ 'old/index.html': to });
      expect(() => redirectsFromDist(root), to).toThrow(/old\/index\.html.*不是本站的普通路径/);
    }
  });
});

describe('nginxRedirects', () => {
  it('writes an exact location with a 301 for each move, keeping the query string', () => {
    expect(nginxRedirects(new Map([['/old/', '/new/']]))).toEqual(['location = /old/ { return 301 /new/$is_args$args; }']);
  });
});
