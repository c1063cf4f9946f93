// Search in a real browser: ranking on a sample of the query set, URL sync,
// messages for bad queries, landing highlight, no-JS fallback, accessibility.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstHit, loadQuerySet } from '../../scripts/lib/search-eval.ts';
import { MAX_QUERY_CHARS } from '../../src/lib/search/query';
import { axe, foreignRequests, recordRequests, siteUrl, useBrowser, withBrowser } from '../support/page';

const browser = useBrowser();
let page: Page;

beforeAll(async () => {
  page = await browser.context.newPage();
});

async function results(): Promise<{ status: string; hrefs: string[]; excerpts: string[] }> {
  await page.waitForFunction(() => {
    const t = document.querySelector('#search-status')?.textContent ?? '';
    return t !== '' && !t.includes('正在');
  });
  return page.evaluate(() => ({
    status: document.querySelector('#search-status')?.textContent ?? '',
    hrefs: Array.from(document.querySelectorAll('#search-results > li')).map((li) => li.querySelector('a')?.getAttribute('href') ?? ''),
    excerpts: Array.from(document.querySelectorAll('#search-results > li mark')).map((m) => m.textContent ?? ''),
  }));
}

// Every fourth query of the set: a spread of regulation terms, article numbers and explainer phrases.
const queries = loadQuerySet().filter((_, i) => i % 4 === 0);

describe('search ranking', () => {
  it.each(queries.map((x) => [x.q, x.expect] as const))('%s → %s first', async (q, expected) => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent(q)}`);
    const r = await results();
    expect(firstHit(r.hrefs, expected), `${q}: ${r.hrefs.slice(0, 3).join(' ')}`).toBe(1);
    expect(r.excerpts.length).toBeGreaterThan(0);
  });
});

describe('要求速查 in search', () => {
  /** The listed results with their link text and the "where" line. */
  async function listed(): Promise<{ href: string; title: string; where: string }[]> {
    await results();
    return page.evaluate(() =>
      Array.from(document.querySelectorAll('#search-results > li')).map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: li.querySelector('a')?.textContent ?? '',
        where: li.querySelector('.search-result__where')?.textContent ?? '',
      })),
    );
  }

  it('an entry’s own topic finds the entry, titled by its topic, and the link lands on it', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('书记轮训')}`);
    const [first] = await listed();
    expect(first).toEqual({ href: '/requirements/#req-bwr25-training', title: '书记轮训', where: expect.stringContaining('要求速查') });
    await page.locator('#search-results > li a').first().click();
    await page.waitForURL(/\/requirements\/#req-bwr25-training$/);
    expect(await page.locator('#req-bwr25-training h3').textContent()).toBe('书记轮训');
  });

  it('the page’s name finds the page itself', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('要求速查')}`);
    expect((await listed())[0]?.href).toBe('/requirements/');
  });

  it('an article’s own words put the article first and the entry quoting it right after it', async () => {
    for (const [q, article, entry] of [
      ['三会一课', /^\/regulations\/branch-work-regulations\/[^#]+#art-16$/, '/requirements/#req-bwr16-duty'],
      ['换届提醒', /^\/regulations\/branch-work-regulations\/[^#]+#art-21$/, '/requirements/#req-bwr21-reminder'],
    ] as const) {
      await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent(q)}`);
      const hrefs = (await listed()).map((r) => r.href);
      expect(hrefs[0], q).toMatch(/^\/regulations\//);
      const at = hrefs.findIndex((h) => article.test(h));
      expect(at, `${q}: ${hrefs.join(' ')}`).toBeGreaterThanOrEqual(0);
      expect(hrefs[at + 1], `${q}: ${hrefs.join(' ')}`).toBe(entry);
    }
  });

  it('the 要求速查 type filter lists only entries of the page', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('党小组')}&type=${encodeURIComponent('要求速查')}`);
    const hrefs = (await listed()).map((r) => r.href);
    expect(await page.isChecked('input[name="type"][value="要求速查"]')).toBe(true);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/requirements/#req-')), hrefs.join(' ')).toBe(true);
    await page.uncheck('input[name="type"][value="要求速查"]');
    await page.waitForURL((u) => !u.searchParams.has('type'));
    expect((await listed())[0]?.href).toMatch(/^\/regulations\/branch-work-regulations\/[^#]+#art-13$/);
  });
});

describe('search page behaviour', () => {
  it('runs ?q= on load and keeps the box, filters and URL in sync', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('换届')}`);
    await results();
    expect(await page.inputValue('#search-input')).toBe('换届');
    await page.fill('#search-input', '组织生活会');
    await page.waitForURL((u) => u.searchParams.get('q') === '组织生活会');
    const r = await results();
    expect(r.status).toContain('组织生活会');
    await page.check('input[name="type"][value="解读"]');
    await page.waitForURL((u) => u.searchParams.getAll('type').includes('解读'));
    const filtered = await results();
    expect(filtered.hrefs.every((h) => h.startsWith('/article/'))).toBe(true);
    await page.reload();
    expect(await page.isChecked('input[name="type"][value="解读"]')).toBe(true);
    expect(await page.inputValue('#search-input')).toBe('组织生活会');
  });

  it('explains empty, too short, not found and too long queries', async () => {
    await page.goto(`${siteUrl()}/search/`);
    expect((await results()).status).toContain('请输入');
    await page.goto(`${siteUrl()}/search/?q=党`);
    expect((await results()).status).toContain('太短');
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('量子计算机芯片')}`);
    const none = await results();
    expect(none.hrefs).toEqual([]);
    expect(none.status).toContain('没有找到');
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('换届'.repeat(40))}`);
    expect((await results()).status).toContain('过长');
  });

  it('caps a long pasted or typed query: the URL holds exactly the query that was searched', async () => {
    const long = '流动党员教育管理'.repeat(12); // 96 characters, no spaces or punctuation
    const capped = long.slice(0, MAX_QUERY_CHARS);
    await page.goto(`${siteUrl()}/search/`);
    await results();
    expect(await page.getAttribute('#search-input', 'maxlength')).toBe(String(MAX_QUERY_CHARS));

    // Pasted: inserted in one go, as a paste is.
    await page.focus('#search-input');
    await page.keyboard.insertText(long);
    await page.waitForURL((u) => u.searchParams.has('q'));
    expect(await page.inputValue('#search-input')).toBe(capped);
    expect(new URL(page.url()).searchParams.get('q')).toBe(capped);
    expect((await results()).status).toContain(`“${capped}”`);

    // Typed: key by key past the limit.
    await page.fill('#search-input', '');
    await page.waitForURL((u) => !u.searchParams.has('q'));
    await page.keyboard.type(long.slice(0, MAX_QUERY_CHARS + 5));
    await page.waitForURL((u) => u.searchParams.get('q') === capped);
    expect(await page.inputValue('#search-input')).toBe(capped);
    expect((await results()).status).toContain(`“${capped}”`);

    // A link with a longer ?q= is rewritten to the part that is searched, and says so.
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent(long)}`);
    const linked = await results();
    expect(new URL(page.url()).searchParams.get('q')).toBe(capped);
    expect(await page.inputValue('#search-input')).toBe(capped);
    expect(linked.status).toContain(`“${capped}”`);
    expect(linked.status).toContain('过长');
  });

  it('answers a question typed as a sentence by searching its words', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('社会团体的章程应当包括哪些事项')}`);
    const r = await results();
    expect(r.status).toContain('完全一致');
    expect(firstHit(r.hrefs, ['social-group-registration-regulations#14'])).toBe(1);
  });

  it('the landing page highlights the searched words in the target article', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('主题党日')}`);
    await results();
    await page.locator('#search-results > li a').first().click();
    await page.waitForURL(/#art-16$/);
    await expect.poll(() => page.locator('.reg-article:has(#art-16) mark').first().textContent()).toBe('主题党日');
  });

  it('"/" and Ctrl+K focus the search box', async () => {
    await page.goto(`${siteUrl()}/regulations/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-q');
  });

  it('stays on the site and passes axe with results shown', async () => {
    const requests = recordRequests(page);
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('流动党员')}`);
    expect((await results()).hrefs.length).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and points to the regulation index', async () => {
    const noJs = await withBrowser({ javaScriptEnabled: false });
    const p = await noJs.context.newPage();
    await p.goto(`${siteUrl()}/search/?q=换届`);
    const text = await p.locator('main').innerText();
    expect(text).toContain('需要浏览器启用 JavaScript');
    expect(await p.locator('main a[href="/regulations/"]').count()).toBeGreaterThan(0);
    await noJs.close();
  });
});
