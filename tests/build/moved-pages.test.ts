// Moved pages as built (src/components/RedirectPage.astro): the explainer's old
// /article/ addresses. Each leads to a page that exists, says so to search engines
// (noindex, canonical and og:url at the new address), and stays out of the sitemap and
// the search index. The servers' 301s for them are tested in tests/unit/scripts and
// tests/nginx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redirectsFromDist } from '../../scripts/deploy/redirects.ts';
import { assertBuilt, DIST, htmlPages, loadPage } from '../support/dist';

assertBuilt();
const MOVES = redirectsFromDist(DIST);
const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');

describe('moved pages', () => {
  it('are the old /article/ addresses of the seed explainer, each leading to a built page', () => {
    expect([...MOVES.keys()].sort()).toEqual(
      htmlPages()
        .filter((p) => p.startsWith('/article/'))
        .sort(),
    );
    for (const to of MOVES.values()) expect(htmlPages(), to).toContain(to);
  });

  it.each([...MOVES])('%s: noindex, canonical at %s, a link there, not in the sitemap or the search index', (from, to) => {
    const page = loadPage(from);
    const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).pathname).toBe(to);
    expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('[data-redirect-target]')?.getAttribute('href')).toBe(to);
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
    expect(sitemap).not.toContain(`${new URL(canonical).origin}${from}<`);
    expect(sitemap).toContain(`${canonical}<`);
  });
});
