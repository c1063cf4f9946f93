// The self-assessment on a 375 px phone (issue #19): the result's first screen says what
// to fix first; every view opens at its heading with the introduction folded; 清除 asks
// first; 发给党建指导员 uses the share sheet, or copies; the month field asks for what the
// keypad can type; tap targets of at least 24 px; axe 0.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeAnswers } from '../../src/shared/assessment';
import { serialiseState, STORAGE_KEY } from '../../src/shared/assessment/storage';
import { TODAY, TYPICAL } from '../support/answers';
import { completeAssessment, STEPS } from '../support/assessment';
import { CLOCK, expectNoAxeViolations, freshPage, siteUrl, useBrowser } from '../support/page';
const PHONE = { width: 375, height: 667 };

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await freshPage(browser.context, page, CLOCK, { clearStorage: true });
  await page.setViewportSize(PHONE);
});

const open = async (hash = ''): Promise<void> => {
  await page.goto(`${siteUrl()}/assessment/${hash}`);
  await page.locator('.assessment[data-ready="true"]').waitFor();
};
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
/** Where an element is on the screen, in CSS px from the viewport's top. */
const box = async (selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on the page`);
  return b;
};
/** Where the header bar that stays at the top ends, in CSS px from the viewport's top. */
const headerBottom = () => page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0);
const introOpen = () => page.locator('details.assessment-intro').evaluate((d) => (d as HTMLDetailsElement).open);

/** Every button, field and summary that is on screen, at least 24 × 24 px. */
async function expectTapTargets(where: string): Promise<void> {
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.assessment button, .assessment input, .assessment summary, .answers__edit a'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24))
      .map(
        ({ el, r }) =>
          `${el.tagName} ${el.textContent?.trim() || el.getAttribute('name') || el.id} ${Math.round(r.width)}×${Math.round(r.height)}`,
      ),
  );
  expect(small, where).toEqual([]);
}

describe('on a 375 px phone', () => {
  it('the result’s first screen holds the headline, the tools and the first 须整改 item; the introduction is folded', async () => {
    await completeAssessment(page, `${siteUrl()}/assessment/`);
    await expect.poll(focusedId).toBe('assessment-heading');
    expect(await introOpen()).toBe(false);
    const heading = await box('#assessment-heading');
    expect(heading.y).toBeGreaterThanOrEqual(0);
    expect(heading.y).toBeLessThan(100);
    expect(await page.locator('.result-headline').textContent()).toMatch(/^\d+ 项须整改/);
    const first = await box('.findings--fix [data-finding] .finding__todo');
    expect(first.y + first.height).toBeLessThanOrEqual(PHONE.height);
    const send = await box('button:text("发给党建指导员")');
    expect(send.y + send.height).toBeLessThanOrEqual(PHONE.height);
    // In plain words, with the shortfall.
    expect(await page.locator('[data-finding="life.themed-party-day"] .finding__todo').textContent()).toBe(
      '工作覆盖党支部每月开展1次主题党日——近12个月开了6次',
    );
    // 已达标 is one folded line; each item's reasoning is folded too.
    expect(await page.locator('details.findings--ok').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.finding__more[open]').count()).toBe(0);
    // Each quoted clause names its strength once.
    const caption = await page.locator('[data-finding="role.party-dues"] figcaption').first().textContent();
    expect(caption?.match(/刚性要求/g)).toHaveLength(1);
    await expectTapTargets('result');
    await expectNoAxeViolations(page, 'result at 375 px');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page, 'result at 375 px, dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('every step, 检查答案 and the result move focus to their heading, at the top of the screen', async () => {
    await open();
    expect(await introOpen()).toBe(true);
    await expectTapTargets('step 1');
    const heading = page.locator('#assessment-heading');
    for (const [i, step] of STEPS.entries()) {
      await heading.filter({ hasText: `第 ${i + 1} 步` }).waitFor();
      if (i > 0) {
        expect(await focusedId()).toBe('assessment-heading');
        expect(await introOpen(), `step ${i + 1}`).toBe(false);
        // Just below the header bar that stays at the top (issue #19), not under it.
        const { y } = await box('#assessment-heading');
        const bar = await headerBottom();
        expect(y, `step ${i + 1}`).toBeGreaterThanOrEqual(bar - 1);
        expect(y, `step ${i + 1}`).toBeLessThan(bar + 60);
        await expectTapTargets(`step ${i + 1}`);
      }
      for (const [field, answer] of step) {
        if (typeof answer === 'string') await page.locator(`[name="${field}"]`).fill(answer);
        else await page.locator(`input[name="${field}"]`).nth(answer).check();
      }
      // The button is at the bottom of a long step: scroll there first, as a reader would.
      await page.locator('.assessment-step button[type="submit"]').click();
    }
    await heading.filter({ hasText: '检查答案' }).waitFor();
    expect(await focusedId()).toBe('assessment-heading');
    expect((await box('#assessment-heading')).y).toBeLessThan((await headerBottom()) + 60);
    await expectTapTargets('review');
    await expectNoAxeViolations(page, 'review at 375 px');
  });

  it('清除已填内容 and 清除并重新开始 ask first; declining keeps everything', async () => {
    await open();
    await page.getByLabel('本会有多少名正式党员？').fill('9');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: '清除已填内容' }).click();
    expect(asked).toEqual(['确定清除已填写的全部答案吗？清除后无法恢复。']);
    expect(await page.getByLabel('本会有多少名正式党员？').inputValue()).toBe('9');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '清除已填内容' }).click();
    await expect.poll(() => page.getByLabel('本会有多少名正式党员？').inputValue()).toBe('');

    await open(`#${encodeAnswers(TYPICAL)}`);
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: '清除并重新开始' }).click();
    expect(asked[1]).toBe('确定清除这份结果，从第一步重新填写吗？');
    expect(await page.locator('#assessment-heading').textContent()).toBe('自评结果');
  });

  it('发给党建指导员 opens the share sheet with the name, the 填写日期 and the link', async () => {
    await page.addInitScript(() => {
      const sent: ShareData[] = [];
      Object.assign(window, { sent });
      Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void sent.push(data) });
    });
    await open(`#${encodeAnswers(TYPICAL)}`);
    await page.getByRole('button', { name: '发给党建指导员' }).click();
    // Without a name it asks for one, at the field.
    expect(await page.locator('#assessment-org-error').textContent()).toBe('请填写协会商会名称');
    expect(await focusedId()).toBe('assessment-org-name');
    await page.locator('#assessment-org-name').fill('某市示例行业协会');
    await page.getByRole('button', { name: '发给党建指导员' }).click();
    const sent = await page.evaluate(() => (window as unknown as { sent: ShareData[] }).sent);
    expect(sent).toEqual([
      {
        title: '某市示例行业协会“两个覆盖”自评结果',
        text: '某市示例行业协会“两个覆盖”自评结果（填写日期：2025年6月15日）：3 项须整改、1 项建议。打开链接可查看详情。',
        // An undated link's answers are as of the day it is opened: the link sent on carries that day.
        url: `${siteUrl()}/assessment/#${encodeAnswers(TYPICAL, TODAY)}`,
      },
    ]);
  });

  it('without a share sheet, copies the message and the link and says so', async () => {
    await page.addInitScript(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    await open(`#${encodeAnswers(TYPICAL)}`);
    await page.locator('#assessment-org-name').fill('某市示例行业协会');
    await page.getByRole('button', { name: '发给党建指导员' }).click();
    await expect
      .poll(() => page.locator('.result-tools [role="status"]').textContent())
      .toBe('已复制说明和链接，可以粘贴到微信里发给党建指导员。');
    const copied = await page.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied).toEqual([
      `某市示例行业协会“两个覆盖”自评结果（填写日期：2025年6月15日）：3 项须整改、1 项建议。打开链接可查看详情。\n${siteUrl()}/assessment/#${encodeAnswers(TYPICAL, TODAY)}`,
    ]);
    await expectNoAxeViolations(page, 'result with the copy message');
  });

  it('the month field asks for digits the keypad has, and a year alone is told what to add', async () => {
    await open();
    for (const [field, answer] of STEPS[0] ?? []) {
      if (typeof answer === 'string') await page.locator(`[name="${field}"]`).fill(answer);
      else await page.locator(`input[name="${field}"]`).nth(answer).check();
    }
    await page.getByRole('button', { name: '下一步' }).click();
    for (const [field, answer] of STEPS[1] ?? []) {
      if (typeof answer === 'string') await page.locator(`[name="${field}"]`).fill(answer);
      else await page.locator(`input[name="${field}"]`).nth(answer).check();
    }
    await page.getByRole('button', { name: '下一步' }).click();
    const month = page.locator('[name="lastElection"]');
    expect(await month.getAttribute('inputmode')).toBe('decimal');
    expect(await page.locator('#q-lastElection-hint').textContent()).toContain('202306');
    await page.locator('input[name="termYears"]').first().check();
    await month.fill('2022');
    await page.getByRole('button', { name: '下一步' }).click();
    const error = page.locator('#q-lastElection-error');
    await expect.poll(() => error.textContent()).toBe('错误：只填了年份，请把月份也填上，例如 202206 表示2022年6月');
    await month.fill('2022.6');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.locator('#assessment-heading').filter({ hasText: '组织生活' }).waitFor();
  });

  it('a share link opened months later shows the day the answers were given and the same verdicts', async () => {
    await completeAssessment(page, `${siteUrl()}/assessment/`);
    const href = (await page.locator('a.button[href^="/assessment/plan/#"]').getAttribute('href')) ?? '';
    const hash = href.slice(href.indexOf('#'));
    expect(hash).toMatch(/^#a4\.[^.]+\.20250615\./);
    const verdicts = () => page.locator('.findings--fix, .findings--advice').allTextContents();
    const before = await verdicts();
    // Typical answers: the term ended in 2024-03, 15 months before the day they were given.
    expect(before.join()).toContain('已超过15个月');

    page = await freshPage(browser.context, page, new Date('2026-02-20T10:00:00'), { clearStorage: true });
    await page.setViewportSize(PHONE);
    await open(hash);
    await page.locator('#assessment-heading', { hasText: '自评结果' }).waitFor();
    expect(await page.locator('.assessment-result__date').textContent()).toBe('自评日期：2025年6月15日。本结果按填写日期2025年6月15日计算');
    // Assessed as of that day: the same items in the same words (the overdue term is not re-dated).
    expect(await verdicts()).toEqual(before);
  });

  it('不清楚 in 作用发挥 leads to 请向上级党组织核实, and survives a reload and a share link', async () => {
    await open();
    const save = serialiseState({ step: 'role', answers: TYPICAL });
    await page.evaluate(([key, value]) => localStorage.setItem(key as string, value as string), [STORAGE_KEY, save]);
    await open();
    await page.locator('#assessment-heading', { hasText: '作用发挥' }).waitFor();
    await page.locator('input[name="memberFilesComplete"][value="unknown"]').check();
    await page.locator('.assessment-step button[type="submit"]').click();
    await page.locator('.assessment-step button[type="submit"]', { hasText: '检查答案' }).click();
    await page.locator('button:text("查看自评结果")').click();
    const todo = () => page.locator('.findings--advice [data-finding="role.member-files"] .finding__todo').textContent();
    await expect.poll(todo).toMatch(/——答的是不清楚，请向上级党组织核实$/);
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    await expect.poll(todo).toMatch(/请向上级党组织核实$/);
    const href = (await page.locator('a.button[href^="/assessment/plan/#"]').getAttribute('href')) ?? '';

    page = await freshPage(browser.context, page, CLOCK, { clearStorage: true });
    await page.setViewportSize(PHONE);
    await open(href.slice(href.indexOf('#')));
    await expect.poll(todo).toMatch(/——答的是不清楚，请向上级党组织核实$/);
    await expectTapTargets('result with 不清楚');
  });
});
