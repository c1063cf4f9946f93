// Reading the site in a real browser: navigation, theme, accessibility, no foreign requests.
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';
import { axe, foreignRequests, siteUrl, useBrowser } from '../support/page';
import { STORAGE_KEYS } from '../../src/shared/site/constants';

const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser.context.newPage();
});

describe('reading the explainer', () => {
  it('goes home → chapter → next chapter → glossary', async () => {
    await page.goto(`${siteUrl()}/`);
    await page.getByRole('link', { name: '从导言开始阅读' }).click();
    await page.waitForURL(/\/explainers\/xiehui-shanghui-dangjian\/daoyan\/$/);
    expect(await page.locator('h1').textContent()).toBe('加强行业协会商会党的建设工作');
    await page.getByRole('link', { name: /下一章/ }).click();
    await page.waitForURL(/\/explainers\/xiehui-shanghui-dangjian\/yi\/$/);
    expect(await page.locator('h1').textContent()).toMatch(/^一、/);
    await page.locator('.site-nav').getByRole('link', { name: '术语' }).click();
    await page.waitForURL(/\/glossary\/$/);
    expect(await page.locator('.site-nav a[aria-current]').textContent()).toBe('术语');
  });

  it('lands on the cited article, highlighted, and its "本站引用" leads back', async () => {
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/si/`);
    // The note marker opens the cited articles in place; the note links to each.
    const note = page.locator('.cite-note:has(a[href*="party-constitution"][href$="#art-30"])').first();
    await page.locator(`.cite__mark[popovertarget="${await note.getAttribute('id')}"]`).click();
    const cite = note.locator('a[href*="party-constitution"][href$="#art-30"]');
    await cite.click();
    await page.waitForURL(/#art-30$/);
    const article = page.locator('.reg-article:has(#art-30)');
    const background = await article.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    const back = article.locator('.reg-article__refs a').first();
    expect(await back.textContent()).toContain('解读');
    await back.click();
    await page.waitForURL(/\/explainers\/xiehui-shanghui-dangjian\/si\/#p-\d+$/);
  });

  it('old /article/ URLs lead to the same place, #fragment included', async () => {
    // Our servers answer 301; a plain static host serves the built page, which moves on by
    // itself (read here by its file name, which no server redirects).
    for (const old of ['/article/si/#si-2', '/article/si/index.html#si-2']) {
      const moved = await page.goto(`${siteUrl()}${old}`);
      await page.waitForURL(/\/explainers\/xiehui-shanghui-dangjian\/si\/#si-2$/);
      expect(await page.locator('#si-2').textContent(), old).toMatch(/^（二）/);
      expect(moved?.request().redirectedFrom()?.url() ?? 'the page itself', old).toBe(
        old.includes('index.html') ? 'the page itself' : `${siteUrl()}${old.replace(/#.*/, '')}`,
      );
    }
    expect(await page.locator('#si-2').textContent()).toMatch(/^（二）/);
    await page.goto(`${siteUrl()}/article/`);
    await page.waitForURL(/\/explainers\/xiehui-shanghui-dangjian\/$/);
    expect(await page.locator('.site-nav a[aria-current]').textContent()).toBe('解读');
    expect(await page.locator('.site-nav a[aria-current]').getAttribute('href')).toBe('/explainers/');
  });
});

describe('print', () => {
  it('prints the text without navigation, keeping the citations', async () => {
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/si/`);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.toc', '.pager']) {
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    }
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.cite').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('theme', () => {
  it('the toggle switches to dark and the choice survives a reload', async () => {
    await page.goto(`${siteUrl()}/regulations/`);
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    const before = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const after = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(after).not.toBe(before);
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.theme)).toBe('light');
  });
});

describe('accessibility and privacy on every page', () => {
  const pages = htmlPages().filter((p) => p !== '/404.html');

  // One test per page: each gets its own timeout, so a slow machine cannot fail the
  // whole sweep (it took 27–51 s as one test on 2 loaded cores), and a slow page is named.
  it.each(pages)('%s: axe finds 0 violations and no request leaves the site', async (path) => {
    const requests: string[] = [];
    const record = (r: Request): void => void requests.push(r.url());
    page.on('request', record);
    try {
      await page.goto(`${siteUrl()}${path}`);
      const problems = (await axe(page)).map((v) => `${path}: ${v.id} ${v.help} ${JSON.stringify(v.nodes)}`);
      expect(problems).toEqual([]);
      expect(foreignRequests(requests)).toEqual([]);
    } finally {
      page.off('request', record);
    }
  });

  it('dark mode passes axe too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const path of [
      '/',
      '/explainers/xiehui-shanghui-dangjian/si/',
      '/regulations/party-constitution/ch-5/',
      '/glossary/',
      '/requirements/',
    ]) {
      await page.goto(`${siteUrl()}${path}`);
      expect(await axe(page), path).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the copy-link button copies the article URL', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-2/`);
    await page.locator('.reg-article:has(#art-4) [data-copy-link]').click();
    await expect.poll(() => page.locator('.reg-article:has(#art-4) [role="status"]').textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl()}/regulations/branch-work-regulations/ch-2/#art-4`);
  });

  it('is usable at 320 px wide without horizontal scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/explainers/xiehui-shanghui-dangjian/si/', '/regulations/party-constitution/ch-5/', '/search/']) {
      await page.goto(`${siteUrl()}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
