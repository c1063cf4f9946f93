// The Content-Security-Policy allows only the site's own origin, and the pages,
// search and the self-assessment all work under it with zero violations.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, recordRequests, siteUrl, useBrowser } from '../support/page';

const browser = useBrowser();
let page: Page;
let requests: string[];

beforeAll(async () => {
  // Collect every CSP violation the page reports, from the first script on.
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page = await browser.context.newPage();
  requests = recordRequests(page);
});

const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

describe('content security policy', () => {
  it('every page declares a same-origin-only policy', async () => {
    for (const path of [
      '/',
      '/explainers/xiehui-shanghui-dangjian/si/',
      '/regulations/party-constitution/ch-5/',
      '/glossary/',
      '/search/',
      '/assessment/',
    ]) {
      await page.goto(`${siteUrl()}${path}`);
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toMatch(/script-src 'self'/);
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toMatch(/https?:\/\//);
    }
  });

  it('reading pages, the theme toggle and copy links run without violations', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-5/`);
    await page.locator('[data-theme-toggle]').click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await violations()).toEqual([]);
  });

  it('search (Pagefind and its WebAssembly) works without violations', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('三会一课')}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0);
    expect(await violations()).toEqual([]);
  });

  it('the self-assessment hydrates and runs without violations', async () => {
    await page.goto(`${siteUrl()}/assessment/`);
    await page.waitForSelector('.assessment[data-ready="true"]');
    await page.waitForSelector('form fieldset');
    expect(await violations()).toEqual([]);
  });

  it('no request ever went to another origin', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(foreignRequests(requests)).toEqual([]);
  });
});
