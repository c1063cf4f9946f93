// 年度工作安排 (issue #22) in a real browser: built from a saved assessment or a share
// link, reached from the result page, exported as .ics (parsed back with ical.js), printed
// on one A4 page, accessible, offline after one visit, and without a request off the site.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve/static-server.ts';
import { encodeAnswers, serialiseState, STORAGE_KEY } from '../../src/shared/assessment';
import { answersWith, TYPICAL } from '../support/answers';
import { DIST } from '../support/dist';
import type { LaunchedBrowser } from '../support/browser';
import { axe, foreignRequests, freshPage, printedPages, recordRequests, siteUrl, useBrowser, withBrowser } from '../support/page';

const TODAY = new Date('2026-01-05T10:00:00');
/** A typical branch: a committee and party groups, one probationary member. */
const BRANCH = answersWith({ lastElection: '2024-01' });

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await freshPage(browser.context, page, TODAY, { clearStorage: true });
});

async function openPlan(hash = ''): Promise<void> {
  await page.goto(`${siteUrl()}/assessment/plan/${hash}`);
  await page.locator('.plan[data-ready="true"]').waitFor();
}

describe('年度工作安排', () => {
  it('renders from the assessment saved in this browser, passes axe, and sends nothing off the site', async () => {
    const requests = recordRequests(page);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORAGE_KEY, serialiseState({ answers: BRANCH, step: 'role', view: 'result' })],
    );
    await openPlan();
    expect(await page.locator('.plan-source').innerText()).toContain('根据本机保存的自评答案制定');
    const duties = page.locator('[data-duty]');
    expect(await duties.first().getAttribute('data-duty')).toBe('themed-day');
    expect(await duties.count()).toBe(10);
    expect(await page.locator('[data-duty="party-lecture"]').innerText()).toContain('按期：不排日期');
    // 5 January 2026 to 4 January 2027: 13 months; February's first Friday is the 6th.
    expect(await page.locator('.plan-months tbody tr').count()).toBe(13);
    expect(await page.locator('[data-month="2026-02"]').innerText()).toContain('6日（五）主题党日');
    expect(await page.locator('[data-month="2026-10"]').innerText()).toContain(
      '8日（四）主题党日、党员大会、委员会会议、党小组会（原定2日，国庆节顺延）',
    );
    const link = page.locator('[data-duty="themed-day"] a').first();
    expect(await link.getAttribute('href')).toMatch(/^\/regulations\/member-education-regulations\/[^/]+\/#art-16$/);
    expect(await page.locator('[data-holidays]').innerText()).toMatch(/收录了\d{4}年至\d{4}年/);
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axe(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(foreignRequests(requests)).toEqual([]);
  });

  it('renders from a share link, reached from the result page', async () => {
    await page.goto(`${siteUrl()}/assessment/#${encodeAnswers(TYPICAL)}`);
    await page.locator('.assessment[data-ready="true"]').waitFor();
    await page.getByRole('link', { name: '年度工作安排' }).click();
    await page.locator('.plan[data-ready="true"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/assessment/plan/');
    expect(await page.locator('.plan-source').innerText()).toContain('根据分享链接中的自评答案制定');
    expect(await page.locator('[data-milestone="term-overdue"]').innerText()).toContain('2024年3月届满，应当及时换届');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });

  it('without answers, says what to do', async () => {
    await page.goto(`${siteUrl()}/assessment/plan/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('本机没有保存的自评答案');
    expect(await axe(page)).toEqual([]);
  });

  it('downloads the .ics: one event per date, each with its clause, UID and DTSTAMP', async () => {
    await openPlan(`#${encodeAnswers(BRANCH)}`);
    await page.getByLabel('协会商会名称', { exact: false }).fill('某市示例行业协会');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载日历文件（.ics）' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('年度工作安排-2026-01-05至2027-01-04.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.length).toBe(
      await page.locator('.plan-day').evaluateAll((days) => days.reduce((n, d) => n + (d.textContent ?? '').split('、').length, 0)),
    );
    for (const e of events) {
      expect(e.startDate.isDate).toBe(true);
      expect(e.summary).toMatch(/（某市示例行业协会）$/);
      expect(e.description).toMatch(/^依据：《[^》]+》第[^：]+条[^：]*：“/);
      expect(e.uid).toContain('@');
      expect(e.component.getFirstPropertyValue('dtstamp')).not.toBeNull();
    }
    // The site's own links (SITE_URL), to the articles quoted.
    expect(events.map((e) => e.description).join('\n')).toMatch(
      /https?:\/\/[^/\s]+\/regulations\/member-education-regulations\/[^/]+\/#art-16/,
    );
    await page.getByRole('status').filter({ hasText: '已生成日历文件' }).waitFor();
  });

  it('prints on one A4 page, with the association’s name at its head', async () => {
    await openPlan(`#${encodeAnswers(BRANCH)}`);
    await page.getByLabel('协会商会名称', { exact: false }).fill('某市示例行业协会');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.plan-settings').isVisible()).toBe(false);
      expect(await page.locator('#plan-org-name').inputValue()).toBe('某市示例行业协会');
      expect(await page.locator('[data-duty]:visible').count()).toBe(10);
      expect(await printedPages(page)).toBe(1);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('年度工作安排 offline', () => {
  let offline: LaunchedBrowser;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    offline = await withBrowser();
    server = await startServer({ root: DIST, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await offline?.close();
  });

  it('works after one visit to the site, the .ics included', { timeout: 120_000 }, async () => {
    const base = server!.url;
    const p = await offline.context.newPage();
    await p.clock.setFixedTime(TODAY);
    await p.goto(`${base}/`);
    await p.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await server!.close();
    server = undefined;
    await offline.context.setOffline(true);
    await p.goto(`${base}/assessment/plan/#${encodeAnswers(BRANCH)}`);
    await p.locator('.plan[data-ready="true"]').waitFor();
    expect(await p.locator('[data-duty]').count()).toBe(10);
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: '下载日历文件（.ics）' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('BEGIN:VEVENT');
  });
});
