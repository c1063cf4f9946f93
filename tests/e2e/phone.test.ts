// A 党务工作者's phone (issue #19), at 375 px and 1280 px in Chromium: the bar stays and
// is one row, the home page has one search entry and every task on its first screen,
// 要求速查 and 自评汇总 can be found, and a link into a regulation lands with its name.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axe, newPhonePage, siteUrl, usePage, useBrowser, withBrowser } from '../support/page';
import { answerAllSteps } from '../support/assessment';

const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };
const TASKS = ['读解读', '查法规', '做自评', '要求速查', '自评汇总'];

const browser = useBrowser();

/** Visible elements matching `selector` whose box is (partly) on the first screen. */
async function visibleOnFirstScreen(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll(
    (els) =>
      els.filter((e) => {
        const r = e.getBoundingClientRect();
        return r.top < window.innerHeight && e.checkVisibility({ visibilityProperty: true });
      }).length,
  );
}

describe.each([
  ['phone', PHONE],
  ['wide screen', WIDE],
])('on a %s', (_name, viewport) => {
  const page = usePage(viewport, { browser });

  it('the bar is one compact row and stays at the top when scrolling', async () => {
    await page.goto(`${siteUrl()}/glossary/`);
    const bar = page.locator('.site-header__inner');
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(56);
    await page.evaluate(() => window.scrollTo(0, 2000));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const box = (await bar.boundingBox())!;
    expect(box.y).toBe(0);
    expect(await page.locator('.site-title').isVisible()).toBe(true);
  });

  it('the home page has one search entry and every task on its first screen', async () => {
    await page.goto(`${siteUrl()}/`);
    expect(await visibleOnFirstScreen(page, 'input[type="search"]')).toBe(1);
    expect(await visibleOnFirstScreen(page, 'a[href="/search/"]')).toBe(viewport === PHONE ? 0 : 1);
    const tasks = page.getByRole('navigation', { name: '按任务进入' });
    for (const label of TASKS) {
      const box = (await tasks.getByRole('link', { name: new RegExp(`^${label}`) }).boundingBox())!;
      expect(box.y + box.height, label).toBeLessThanOrEqual(viewport.height);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(await axe(page)).toEqual([]);
  });

  it('the navigation leads to 要求速查 and 自评汇总', async () => {
    await page.goto(`${siteUrl()}/regulations/`);
    const menu = page.locator('.site-menu__summary');
    if (await menu.isVisible()) {
      await menu.click();
      expect(await axe(page)).toEqual([]);
    }
    const nav = page.getByRole('navigation', { name: '主导航' });
    await nav.getByRole('link', { name: '要求速查' }).click();
    await page.waitForURL(/\/requirements\/$/);
    expect(await page.locator('.site-nav a[aria-current]').textContent()).toBe('要求速查');
    if (await menu.isVisible()) await menu.click();
    await nav.getByRole('link', { name: '自评汇总' }).click();
    await page.waitForURL(/\/assessment\/overview\/$/);
    expect(await page.locator('.site-nav a[aria-current]').textContent()).toBe('自评汇总');
  });

  it('a link into a regulation lands with the document and chapter in view, the article below the bar', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-3/#art-10`);
    const where = page.locator('.page-context__where');
    expect(await where.innerText()).toMatch(/^支部工作条例 · 第三章/);
    expect(await where.isVisible()).toBe(true);
    const bar = (await page.locator('.site-header').boundingBox())!;
    const heading = (await page.locator('#art-10').boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    expect(heading.y).toBeLessThan(viewport.height / 3);
  });
});

describe('regulation pages', () => {
  const page = usePage(PHONE, { browser });

  it('the 导读 links the articles it names to those articles', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/`);
    const link = page.locator('main a', { hasText: /^第十一条$/ }).first();
    expect(await link.getAttribute('href')).toBe('/regulations/branch-work-regulations/ch-4/#art-11');
    await link.click();
    await page.waitForURL(/#art-11$/);
    expect(await page.locator('.page-context__where').innerText()).toMatch(/^支部工作条例 · 第四章/);
  });

  it('上一条/下一条 walk the articles, across chapters', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-2/#art-8`);
    const tools = page.locator('.reg-article:has(#art-8) .reg-article__steps');
    expect(await tools.getByRole('link', { name: /^上一条.*第七条/ }).getAttribute('href')).toBe('#art-7');
    await tools.getByRole('link', { name: /^下一条.*第九条/ }).click();
    await page.waitForURL(/\/ch-3\/#art-9$/);
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/full/`);
    expect(await page.locator('.reg-article:has(#art-8) .reg-article__steps a').last().getAttribute('href')).toBe('#art-9');
  });
});

describe('要求速查 on a phone', () => {
  const page = usePage(PHONE, { browser });

  const shown = (p: Page) => p.locator('.requirement').evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.id));

  it('lists each requirement once: 民主评议党员 with both regulations', async () => {
    await page.goto(`${siteUrl()}/requirements/`);
    const review = page.locator('.requirement', { has: page.locator('h3', { hasText: /^民主评议党员$/ }) });
    expect(await review.count()).toBe(1);
    expect(await review.locator('figcaption a').allInnerTexts()).toEqual([
      expect.stringMatching(/支部工作条例.*第十八条/),
      expect.stringMatching(/党员教育管理工作条例.*第十八条/),
    ]);
  });

  it('has a compact table of what recurs within a year, each row linked to its entry', async () => {
    await page.goto(`${siteUrl()}/requirements/`);
    const table = page.locator('table.yearly');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ')));
    expect(rows).toContain('主题党日 每月1次 12次');
    expect(rows).toContain('党员大会 一般每季度1次 4次');
    expect(rows.filter((r) => r.startsWith('民主评议党员'))).toHaveLength(1);
    expect((await table.boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
    await table.getByRole('link', { name: '主题党日' }).click();
    await page.waitForURL(/#req-med16-themed-day$/);
  });

  it('filters by organisation form, strength and frequency, without script', async () => {
    const noJs = await withBrowser({ javaScriptEnabled: false });
    const p = await noJs.context.newPage();
    await p.setViewportSize(PHONE);
    await p.goto(`${siteUrl()}/requirements/`);
    const all = await shown(p);
    expect(all.length).toBeGreaterThan(40);
    await p.getByRole('radio', { name: '联合党支部' }).check();
    const joint = await shown(p);
    expect(joint).toContain('req-bwr5-joint');
    expect(joint).not.toContain('req-bwr4-size');
    expect(joint.length).toBeLessThan(all.length);
    await p.getByRole('radio', { name: '刚性要求' }).check();
    await p.getByRole('radio', { name: '每月' }).check();
    expect(await shown(p)).toEqual(['req-med16-themed-day']);
    // A group with nothing left goes with its entries.
    expect(await p.locator('#setup').isVisible()).toBe(false);
    for (const radio of await p.locator('.req-filter label').all()) {
      const box = (await radio.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    await noJs.close();
    await page.goto(`${siteUrl()}/requirements/`);
    await page.getByRole('radio', { name: '党委' }).check();
    expect(await axe(page)).toEqual([]);
  });
});

describe('自评汇总 can be found', () => {
  it('from the home page and the assessment start page', async () => {
    const page = await browser.context.newPage();
    for (const path of ['/', '/assessment/']) {
      await page.goto(`${siteUrl()}${path}`);
      expect(await page.locator('main a[href="/assessment/overview/"]').count(), path).toBeGreaterThan(0);
    }
    await page.close();
  });
});

/** Buttons and form controls a finger must hit: each box (for a hidden input, its label's) with both sides ≥ 24 px. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, summary, .reg-article__tools a, .answers__edit a, .glossary .meta a',
    );
    const small: string[] = [];
    for (const c of controls) {
      if (!c.checkVisibility({ visibilityProperty: true }) && !c.classList.contains('visually-hidden')) continue;
      const target = c.classList.contains('visually-hidden') ? c.closest('label') : c;
      if (!target) continue;
      const { width, height } = target.getBoundingClientRect();
      if (width < 24 || height < 24)
        small.push(`${c.tagName.toLowerCase()} "${(c.textContent ?? '').trim().slice(0, 12)}" ${Math.round(width)}×${Math.round(height)}`);
    }
    return small;
  });
}

describe('tap targets and typography on a phone', () => {
  const page = usePage(PHONE, { browser });

  it.each([
    '/',
    '/explainers/xiehui-shanghui-dangjian/si/',
    '/regulations/branch-work-regulations/ch-2/',
    '/regulations/branch-work-regulations/full/',
    '/glossary/',
    '/requirements/',
    '/assessment/',
    '/assessment/overview/',
  ])('%s: every button and form control is at least 24×24 px', async (path) => {
    await page.goto(`${siteUrl()}${path}`);
    expect(await smallTargets(page)).toEqual([]);
  });

  it('the assessment: its radios, and 修改 beside each answer on 检查答案', async () => {
    await page.goto(`${siteUrl()}/assessment/`);
    await page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await page.locator('.choice input[type="radio"]').count()).toBeGreaterThan(0);
    expect(await smallTargets(page)).toEqual([]);
    await answerAllSteps(page);
    expect(await page.locator('.answers__edit a').count()).toBeGreaterThan(5);
    expect(await smallTargets(page)).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  });

  it('the search page: its filter checkboxes and select too', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('换届')}`);
    await page.locator('[data-search-part="filters"] > summary').click();
    expect(await smallTargets(page)).toEqual([]);
  });

  it('no line of an explainer starts with the punctuation after a note marker', async () => {
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/si/`);
    const glued = await page.locator('.cite-glue').evaluateAll((gs) =>
      gs.map((g) => {
        const mark = g.querySelector('.cite__mark')!.getBoundingClientRect();
        const range = document.createRange();
        range.setStart(g.lastChild!, 0);
        range.setEnd(g.lastChild!, 1);
        const punct = range.getBoundingClientRect();
        return Math.abs(punct.bottom - mark.bottom) < mark.height;
      }),
    );
    expect(glued.length).toBeGreaterThan(3);
    expect(glued.every(Boolean)).toBe(true);
  });

  it('the explainer’s 下一章 takes a full line', async () => {
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/daoyan/`);
    const next = (await page.locator('.pager .next').boundingBox())!;
    const pager = (await page.locator('.pager').boundingBox())!;
    expect(next.width).toBeGreaterThan(pager.width * 0.9);
    const lineHeight = await page.locator('.pager .next').evaluate((a) => parseFloat(getComputedStyle(a).lineHeight));
    // Its small 下一章 line and the title in at most two lines.
    expect(next.height).toBeLessThanOrEqual(lineHeight * 3);
  });
});

describe('a note citing a 项', () => {
  it('opens on that item, the rest of the article folded, the whole article still linked, all in the window', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/san/`);
    const mark = page.locator('.cite__mark[aria-label*="第十条第（六）项"]');
    const note = page.locator(`#${await mark.getAttribute('popovertarget')}`);
    await mark.click();
    expect(await note.evaluate((n) => n.matches(':popover-open'))).toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const cited = note.locator('.cite-note__line--cited');
    expect(await cited.allInnerTexts()).toEqual([expect.stringMatching(/^（六）社会组织中的党支部/)]);
    const line = (await cited.boundingBox())!;
    expect(line.y).toBeGreaterThanOrEqual(box.y);
    expect(line.y + line.height).toBeLessThanOrEqual(box.y + box.height);
    const others = note.locator('.cite-note__line--other');
    expect(await others.count()).toBeGreaterThan(0);
    expect(await others.first().isVisible()).toBe(false);
    expect(await note.locator('.cite-note__title a').getAttribute('href')).toBe('/regulations/branch-work-regulations/ch-3/#art-10');
    expect(await axe(page)).toEqual([]);
    await note.getByText(/^显示本条其他/).click();
    expect(await others.first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('glossary terms in the text', () => {
  it('open their definition in place, like the notes, without leaving the page or relying on a tooltip', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/si/`);
    const term = page.locator('button.term').first();
    expect(await page.locator('.term[title], a.term').count()).toBe(0);
    const note = page.locator(`#${await term.getAttribute('popovertarget')}`);
    const url = page.url();
    await term.click();
    expect(await note.evaluate((n) => n.matches(':popover-open'))).toBe(true);
    expect(page.url()).toBe(url);
    expect(await note.innerText()).toMatch(/^术语：/);
    const box = (await note.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= PHONE.width && box.y >= 0).toBe(true);
    expect(await note.getByRole('link', { name: /^在术语表中查看/ }).getAttribute('href')).toMatch(/^\/glossary\/#/);
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
    await page.close();
  });
});

describe('自评汇总 on a phone and a wide screen', () => {
  it('a Chinese 选择结果文件 button, no drag-and-drop advice on touch, the CSV named for Excel', async () => {
    const p = await newPhonePage(browser.context);
    await p.goto(`${siteUrl()}/assessment/overview/`);
    await p.waitForSelector('.overview[data-ready]');
    const pick = p.locator('label.overview-pick');
    expect((await pick.innerText()).trim()).toBe('选择结果文件');
    expect((await pick.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    expect(await p.locator('.overview-drop__drag').isVisible()).toBe(false);
    expect(await p.locator('main').innerText()).not.toContain('拖放');
    await p.close();
  });
});
