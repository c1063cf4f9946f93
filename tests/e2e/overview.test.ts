// 自评汇总 in a real browser: export from the assessment's result, import files (picker
// and drag-and-drop) and share links, bad files reported one by one while the rest load,
// sort, filter, the full result of a row, CSV with a BOM, print, no request carrying an
// answer, nothing stored, axe.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { checksum, encodeAnswers } from '../../src/shared/assessment/share';
import { createExportFile, readExportFile } from '../../src/shared/assessment/export-file';
import type { Answers } from '../../src/shared/assessment/types';
import { answersWith } from '../support/answers';
import { CLOCK, expectNoAxeViolations, foreignRequests, recordRequests, siteUrl, freshPage, useBrowser } from '../support/page';

/** Synthetic answers: the shared compliant branch of 10, without 党小组 or members elsewhere, with overrides. */
const answers = (overrides: Record<string, unknown> = {}): Answers =>
  answersWith({ membersRelationElsewhere: 0, keyAssociation: 'no', hasPartyGroups: false, groupsNeeded: false, ...overrides });

const GOOD = answers();
const OVERDUE = answers({ lastElection: '2020-01', generalMeetings: 0 });

const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const exported = (name: string, a: Answers, date = '2025-05-01') => createExportFile({ name, date, answers: a });

function resigned(text: string, change: Record<string, unknown>): string {
  const data = { ...(JSON.parse(text) as Record<string, unknown>), ...change };
  return JSON.stringify({ ...data, checksum: checksum(JSON.stringify([data['version'], data['name'], data['date'], data['answers']])) });
}

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await freshPage(browser.context, page, CLOCK, { clearStorage: true });
});

async function openOverview(): Promise<void> {
  await page.goto(`${siteUrl()}/assessment/overview/`);
  await page.locator('.overview[data-ready="true"]').waitFor();
}

const rowNames = () => page.locator('tbody tr th').allTextContents();
const storageSize = () => page.evaluate(() => localStorage.length + sessionStorage.length);

describe('export on the result', () => {
  it('asks for the name and saves a file that holds the answers and nothing else', async () => {
    const pageRequests = recordRequests(page);
    await page.goto(`${siteUrl()}/assessment/#${encodeAnswers(GOOD)}`);
    await page.locator('#assessment-org-name').waitFor();
    const requests = recordRequests(page);
    await page.getByRole('button', { name: '保存汇总文件' }).click();
    await expect.poll(() => page.locator('#assessment-org-error').textContent()).toBe('请填写协会商会名称');
    expect(await page.locator('#assessment-org-name').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#assessment-org-name').fill('某市测试行业协会');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存汇总文件' }).click()]);
    expect(download.suggestedFilename()).toBe('自评结果-某市测试行业协会-2025-06-15.json');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['version', 'name', 'date', 'answers', 'checksum']);
    expect(readExportFile(text)).toEqual({ ok: true, entry: { name: '某市测试行业协会', date: '2025-06-15', answers: GOOD } });
    // The file is made in the page: no request at all.
    expect(requests.filter((u) => !u.startsWith('blob:'))).toEqual([]);
    // None of the overview's code loads on the assessment page.
    const overviewHtml = await (await fetch(`${siteUrl()}/assessment/overview/`)).text();
    const overviewEntry = /<script type="module" src="([^"]+)"/.exec(overviewHtml)?.[1];
    expect(overviewEntry).toBeTruthy();
    expect(pageRequests.filter((u) => u.endsWith(overviewEntry!) || /\/_astro\/overview\.[\w-]+\.js$/.test(u))).toEqual([]);
    // Sending the link is still offered beside it.
    expect(await page.getByRole('button', { name: '发给党建指导员' }).isVisible()).toBe(true);
  });
});

describe('自评汇总', () => {
  it('loads good files, explains each bad one, and sends no answer anywhere', async () => {
    const requests = recordRequests(page);
    await openOverview();
    const before = await storageSize();
    expect(await page.title()).toContain('自评汇总');
    await expectNoAxeViolations(page, 'empty overview');
    const good = exported('甲行业协会', GOOD);
    await page
      .locator('#overview-files')
      .setInputFiles([
        jsonFile('a.json', good),
        jsonFile('b.json', exported('乙商会', OVERDUE, '2025-01-10')),
        jsonFile('not-json.json', 'hello, world'),
        jsonFile('version.json', resigned(good, { version: 2, name: '丁协会' })),
        jsonFile('tampered.json', good.replace('甲行业协会', '戊协会')),
        jsonFile('large.json', ' '.repeat(70 * 1024)),
        jsonFile('duplicate.json', exported('甲行业协会', OVERDUE)),
      ]);
    await expect.poll(rowNames).toEqual(['乙商会', '甲行业协会']);
    const report = page.locator('.overview-report');
    expect(await report.locator('p').textContent()).toBe('已导入2份，5份未能导入（原因见下）。');
    const problems = await report.locator('li').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^not-json\.json：文件不是 JSON 格式/),
      expect.stringMatching(/^version\.json：文件的格式版本（2）比本页面新/),
      expect.stringMatching(/^tampered\.json：文件校验失败/),
      expect.stringMatching(/^large\.json：文件过大/),
      expect.stringMatching(/^duplicate\.json：“甲行业协会”已经导入过（来自 a\.json）/),
    ]);
    // Re-assessed with today's rules; the date each was filled in is shown.
    expect(await page.locator('.overview-table').textContent()).toContain('于2025年6月15日重新评估');
    const overdue = page.locator('tr[data-row="乙商会"]');
    expect(await overdue.locator('td').nth(0).textContent()).toBe('2025-01-10');
    expect(await overdue.locator('.overview-overdue').textContent()).toBe('2023-01（已超期）');
    expect(await page.locator('tr[data-row="甲行业协会"] td').nth(1).textContent()).toBe('已达标');

    // Pasted share links: with a name, without one, and a broken one.
    const link = `${siteUrl()}/assessment/#${encodeAnswers(GOOD)}`;
    await page.locator('#overview-links').fill(`丙协会 ${link}\n${link}\n丁协会 ${link.slice(0, -3)}`);
    await page.getByRole('button', { name: '导入链接' }).click();
    await expect.poll(async () => (await rowNames()).length).toBe(4);
    expect(await report.locator('li').allTextContents()).toEqual([expect.stringMatching(/^第3行链接：分享链接校验失败/)]);
    expect(await page.locator('tr[data-row="丙协会"] td').nth(0).textContent()).toBe('未注明（分享链接）');
    await expectNoAxeViolations(page, 'overview with rows and problems');

    // Only the page's own static files were fetched: no request carries an answer.
    expect(foreignRequests(requests)).toEqual([]);
    const origin = new URL(siteUrl()).origin;
    const fetched = requests.filter((u) => !u.startsWith(`${origin}/assessment/overview/`) && !u.endsWith('/robots.txt'));
    // The browser itself may fetch the web app manifest and its icons.
    const own = `_astro/[\\w.-]+\\.(js|css)|favicon\\.(svg|ico)|manifest\\.webmanifest|icons/[\\w-]+\\.png`;
    for (const url of fetched) expect(url).toMatch(new RegExp(`^${origin}/(${own})$`));
    expect(requests.filter((u) => u.includes('甲') || u.includes('a4.') || u.includes('%E7%94%B2'))).toEqual([]);
    // Nothing stored, and a reload starts empty.
    expect(await storageSize()).toBe(before);
    await page.reload();
    await page.locator('.overview[data-ready="true"]').waitFor();
    expect(await page.locator('tbody tr').count()).toBe(0);
  });

  it('takes dropped files', async () => {
    await openOverview();
    const text = exported('拖放协会', GOOD);
    const data = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'drop.json', { type: 'application/json' }));
      dt.items.add(new File(['{'], 'bad.json', { type: 'application/json' }));
      return dt;
    }, text);
    await page.locator('.overview-drop').dispatchEvent('dragover', { dataTransfer: data });
    await page.locator('.overview-drop').dispatchEvent('drop', { dataTransfer: data });
    await expect.poll(rowNames).toEqual(['拖放协会']);
    expect(await page.locator('.overview-report li').allTextContents()).toEqual([expect.stringMatching(/^bad\.json：文件不是 JSON 格式/)]);
  });

  it('shows each association as a card on a phone, nothing cut off, and the table over the width on a wide screen', async () => {
    await openOverview();
    await page
      .locator('#overview-files')
      .setInputFiles([jsonFile('1.json', exported('中国某某行业协会', GOOD)), jsonFile('2.json', exported('乙商会', OVERDUE))]);
    await expect.poll(async () => (await rowNames()).length).toBe(2);
    await page.setViewportSize({ width: 375, height: 667 });
    const cards = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().toJSON() as DOMRect));
    for (const card of cards) expect(card.x + card.width).toBeLessThanOrEqual(375);
    expect(await page.locator('.overview-scroll').evaluate((s) => s.scrollWidth <= s.clientWidth)).toBe(true);
    // Names and labels on one line each, not one character per line.
    const name = (await page.locator('tbody tr th').first().boundingBox())!;
    expect(name.width).toBeGreaterThan(150);
    expect(
      await page
        .locator('tbody td[data-label="本届任期届满"]')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content),
    ).toBe('"本届任期届满"');
    await expectNoAxeViolations(page, 'cards');
    await page.setViewportSize({ width: 1280, height: 900 });
    expect((await page.locator('.overview table').boundingBox())!.width).toBeGreaterThan(900);
  });

  it('sorts, filters, opens a row, exports CSV and prints the table', async () => {
    await openOverview();
    await page
      .locator('#overview-files')
      .setInputFiles([
        jsonFile('1.json', exported('B协会', GOOD, '2025-03-01')),
        jsonFile('2.json', exported('A协会', OVERDUE, '2025-04-01')),
        jsonFile('3.json', exported('C协会', answers({ generalMeetings: 2 }), '2025-02-01')),
      ]);
    await expect.poll(async () => (await rowNames()).length).toBe(3);

    const nameHeader = page.locator('th[scope="col"]').filter({ hasText: '协会商会名称' });
    // Sorting and filtering re-render after the click returns. The rows start as A, B, C (by
    // 组织覆盖), so the first sort's re-render shows only in aria-sort: wait for each.
    await nameHeader.getByRole('button').click();
    await expect.poll(rowNames).toEqual(['A协会', 'B协会', 'C协会']);
    await expect.poll(() => nameHeader.getAttribute('aria-sort')).toBe('ascending');
    await nameHeader.getByRole('button').click();
    await expect.poll(rowNames).toEqual(['C协会', 'B协会', 'A协会']);
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    const dateHeader = page.locator('th[scope="col"]').filter({ hasText: '填写日期' });
    await dateHeader.getByRole('button').click();
    // The order happens to be the same as before: wait for the sort to show in aria-sort.
    await expect.poll(() => dateHeader.getAttribute('aria-sort')).not.toBeNull();
    expect(await rowNames()).toEqual(['C协会', 'B协会', 'A协会']);

    await page.getByLabel('组织覆盖').selectOption('须整改');
    await expect.poll(rowNames).toEqual(['A协会']);
    expect(await page.locator('caption').textContent()).toContain('共3家，显示1家');
    await page.getByLabel('组织覆盖').selectOption('all');
    await expect.poll(rowNames).toHaveLength(3);

    // CSV of the rows shown: UTF-8 with a BOM, for Excel and WPS.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel 表格 (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('自评汇总-2025-06-15.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('协会商会名称,填写日期,组织覆盖,工作覆盖,工作覆盖得分,须整改（项）,建议（项）,本届任期届满,换届状态');
    expect(lines.slice(1, 4).map((l) => l.split(',')[0])).toEqual(['C协会', 'B协会', 'A协会']);
    expect(lines[3]).toContain('2023-01,已超期');

    // Print: the table without the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.overview-import').isVisible()).toBe(false);
    expect(await page.locator('table').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // A row opens that association's full result.
    await page.locator('tr[data-row="A协会"] td').nth(3).click();
    const heading = page.locator('#overview-detail-heading');
    await expect.poll(() => heading.textContent()).toBe('A协会的自评结果');
    // Preact runs effects after paint, so the heading can show before focus moves to it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('overview-detail-heading');
    const detail = page.locator('.overview-detail');
    expect(await detail.textContent()).toContain('填写日期：2025年4月1日；按本站现行规则于2025年6月15日重新评估');
    expect(await detail.locator('.overview-findings--fix li').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'detail');
    await page.getByRole('button', { name: '返回汇总表' }).click();
    await expect.poll(() => page.locator('table').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('A协会');
  });
});
