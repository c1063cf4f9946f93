// The self-assessment in a real browser: keyboard only, resume after reload, share
// links, broken links and saves, the printed report, no requests but the page's own
// results module, axe in both themes.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, parseAnswers, STORAGE_KEY } from '../../src/shared/assessment';
import { findArticle, getCorpus } from '../../src/node/regulations/corpus';
import { normalizeTypography } from '../../src/shared/text/normalize';
import { CLOCK, expectNoAxeViolations, printedPages, recordRequests, siteUrl, freshPage, useBrowser, withBrowser } from '../support/page';
import { CHOICES, STEPS, TITLES } from '../support/assessment';
import { TODAY } from '../support/answers';

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await freshPage(browser.context, page, CLOCK, { clearStorage: true });
  // The share sheet, recorded: what 发给党建指导员 would send (assessment-phone.test.ts has the fallback).
  await page.addInitScript(() => {
    const sent: ShareData[] = [];
    Object.assign(window, { sent });
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void sent.push(data) });
  });
});

/** The share link of the result on `target`, as 发给党建指导员 sends it. */
async function shareLink(target: Page = page): Promise<string> {
  await target.getByLabel(/^协会商会名称/).fill('某市测试行业协会');
  await target.getByRole('button', { name: '发给党建指导员' }).click();
  return target.evaluate(() => (window as unknown as { sent: ShareData[] }).sent.at(-1)?.url ?? '');
}

async function open(target: Page, hash = ''): Promise<void> {
  await target.goto(`${siteUrl()}/assessment/${hash}`);
  await target.locator('.assessment[data-ready="true"]').waitFor();
}

const headingText = (target: Page = page) => target.locator('#assessment-heading').textContent();
const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the focused element matches `selector` (keyboard only, no clicks). */
async function tabTo(selector: string): Promise<void> {
  const matches = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  if (await matches()) return;
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await matches()) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function answerByKeyboard(field: string, answer: string | number): Promise<void> {
  await tabTo(`[name="${field}"]`);
  if (typeof answer === 'string') {
    await page.keyboard.type(answer);
    return;
  }
  // In a radio group Tab lands on the checked option (or the first); arrows move and select.
  const { index, count } = await page.evaluate((name) => {
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`));
    return { index: radios.indexOf(document.activeElement as HTMLInputElement), count: radios.length };
  }, field);
  const moves = (answer - index + count) % count;
  if (moves === 0) await page.keyboard.press('Space');
  for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowDown');
  const checked = () => page.locator(`input[name="${field}"]`).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
  expect(await checked(), `${field} from ${index} of ${count}`).toEqual(Array.from({ length: count }, (_, i) => i === answer));
}

/**
 * Answers every step with the keyboard, checking focus, progress and (optionally) axe on
 * the way, and presses 检查答案 on the last one.
 */
async function answerAllSteps(checkAxe: boolean): Promise<void> {
  for (const [i, step] of STEPS.entries()) {
    if (i > 0) await expect.poll(focusedId).toBe('assessment-heading');
    expect(await headingText()).toBe(`第 ${i + 1} 步，共 ${STEPS.length} 步：${TITLES[i]}`);
    if (checkAxe) await expectNoAxeViolations(page, `step ${i + 1}`);
    for (const [field, answer] of step) await answerByKeyboard(field, answer);
    await tabTo('.assessment-step button[type="submit"]');
    await page.keyboard.press('Enter');
  }
}

/** All steps, the review and the result, with the keyboard only. */
async function completeByKeyboard(checkAxe: boolean): Promise<void> {
  await answerAllSteps(checkAxe);
  await expect.poll(focusedId).toBe('assessment-heading');
  expect(await headingText()).toBe('检查答案');
  if (checkAxe) await expectNoAxeViolations(page, 'review');
  await tabTo('.assessment-review .button--primary');
  await page.keyboard.press('Enter');
  await expect.poll(focusedId).toBe('assessment-heading');
  expect(await headingText()).toBe('自评结果');
  if (checkAxe) await expectNoAxeViolations(page, 'result');
}

const EXPECTED = (() => {
  const values = Object.fromEntries(
    STEPS.flat().map(([field, answer]) => {
      if (typeof answer === 'string') return [field, /^\d+$/.test(answer) ? Number(answer) : answer];
      return [field, CHOICES[field]?.[answer] ?? answer === 0];
    }),
  );
  const parsed = parseAnswers(values);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.answers;
})();

const findingIds = (target: Page) => target.locator('[data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));

describe('answering', () => {
  it('can be completed with the keyboard only, with 0 axe violations at every step (light)', async () => {
    await open(page);
    // An empty step: the error summary takes focus and passes axe too.
    await tabTo('.assessment-step button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('assessment-errors');
    await expectNoAxeViolations(page, 'error summary');
    // Its links lead to the fields, still by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId()).toBe('q-formalMembers');
    await completeByKeyboard(true);
    expect(await findingIds(page)).toContain('role.party-dues');
    const meter = await page.locator('#gauge-work meter').getAttribute('value');
    expect(await page.locator('#gauge-work').textContent()).toContain(`${meter}分（满分100分）`);
    // The result is the engine's for exactly these answers: the share link decodes to them.
    const link = await shareLink();
    // It carries the day the answers were given (the browser's clock).
    expect(decodeAnswers(new URL(link).hash)).toEqual({ ok: true, answers: EXPECTED, date: TODAY });
  });

  it('passes axe at every step and on the result in dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 23, 26)');
    await completeByKeyboard(true);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('resumes after a reload mid-way, with a notice', async () => {
    await open(page);
    for (const [field, answer] of STEPS[0] ?? []) await answerByKeyboard(field, answer);
    await tabTo('.assessment-step button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(focusedId).toBe('assessment-heading');
    expect(await headingText()).toContain('党组织设置');
    await answerByKeyboard('organisationForm', 2);
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    // 联合党支部: no 换届 step, so four steps in all.
    expect(await headingText()).toBe('第 2 步，共 4 步：党组织设置');
    expect(await page.locator('.assessment-notice').textContent()).toBe('已恢复您上次在本机保存的填写进度，可以接着填写。');
    expect(await page.locator('input[name="organisationForm"]').nth(2).isChecked()).toBe(true);
    await page.getByRole('button', { name: '上一步' }).click();
    expect(await page.getByLabel('本会有多少名正式党员？').inputValue()).toBe('10');
    // 清除 asks first, then forgets everything.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清除已填内容' }).click();
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await page.getByLabel('本会有多少名正式党员？').inputValue()).toBe('');
  });

  it('after loading, fetches only its own results module, once, carrying no answers (no CSP violation, no console error)', async () => {
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.text()} @ ${m.location().url}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await open(page);
    await page.waitForLoadState('networkidle');
    const requests = recordRequests(page);
    // A visitor who only looks downloads the questionnaire and nothing more.
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    await completeByKeyboard(false);
    expect(await shareLink()).toContain('#a4.');
    await page.getByRole('button', { name: '修改答案' }).click();
    await page.getByRole('button', { name: '查看自评结果' }).click();
    // The engine and result view, fetched at the first answer: static files from the site itself.
    expect(requests.length).toBeGreaterThan(0);
    const origin = new URL(siteUrl()).origin;
    for (const url of requests) expect(url).toMatch(new RegExp(`^${origin}/_astro/[\\w.-]+\\.js$`));
    expect(new Set(requests).size).toBe(requests.length);
    expect(requests.some((url) => /\/results\.[\w-]+\.js$/.test(url))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // Hydration over the server-rendered form and the lazy load raise no error or warning.
    expect(errors).toEqual([]);
  });

  it('if the results module cannot be fetched, says so and loses no answer; a reload recovers', async () => {
    // A page the service worker controls gets the module from its cache, past page.route.
    const blocking = await withBrowser({ serviceWorkers: 'block' });
    try {
      page = await freshPage(blocking.context, page, CLOCK);
      await page.route('**/_astro/results.*.js', (route) => route.abort('internetdisconnected'));
      await open(page);
      await answerAllSteps(false);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('未能加载');
      const saved = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      expect(saved).toContain('duesManaged');
      await page.unroute('**/_astro/results.*.js');
      await page.getByRole('button', { name: '重新加载' }).click();
      await page.locator('.assessment[data-ready="true"]').waitFor();
      expect(await page.getByRole('status').first().textContent()).toContain('已恢复');
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
    } finally {
      await blocking.close();
    }
  });
});

describe('verdicts that follow the texts', () => {
  /** 8 正式党员, own 党支部 without a 支部委员会, last election 2021-05 (the example of issue #10). */
  const EIGHT = {
    ...EXPECTED,
    formalMembers: 8,
    probationaryMembers: 0,
    hasCommittee: false,
    lastElection: '2021-05',
    heartToHeartMembers: 'all',
  };

  it('the organisation card of the 8-member branch says 须整改, as its findings do, and every finding quotes its clause', async () => {
    const parsed = parseAnswers(EIGHT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await open(page, `#${encodeAnswers(parsed.answers)}`);
    await page.locator('#gauge-organisation').waitFor();
    const card = (await page.locator('#gauge-organisation').textContent()) ?? '';
    expect(card).toContain('须整改');
    expect(card).not.toContain('已实现');
    const fixes = await page.locator('.findings--fix [data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(fixes).toContain('org.committee');
    // Each finding shows the norm's own words, linked to the article, and how binding they are.
    const findings = await page.locator('[data-finding]').count();
    const quoted = await page.locator('[data-finding]:has(.norm-quote blockquote p):has(.norm-quote figcaption a):has(.strength)').count();
    expect(quoted).toBe(findings);
    const href = await page.locator('[data-finding="org.committee"] .norm-quote figcaption a').first().getAttribute('href');
    await page.goto(new URL(href ?? '', siteUrl()).href);
    const anchor = new URL(href ?? '', siteUrl()).hash.slice(1);
    const articleText = await page.evaluate((id) => document.getElementById(id)?.closest('.reg-article')?.textContent ?? '', anchor);
    expect(articleText).toContain('有正式党员7人以上的党支部，应当设立党支部委员会');
  });

  it('reloading after the result shows the result again', async () => {
    await open(page);
    await completeByKeyboard(false);
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    await expect.poll(() => headingText()).toBe('自评结果');
  });

  it('要求速查 lists every norm with its quote and a link, and passes axe', async () => {
    await page.goto(`${siteUrl()}/requirements/`);
    const rows = await page.locator('.requirement').count();
    const { NORMS } = await import('../../src/shared/assessment/norms');
    const { groupSameRequirement } = await import('../../src/shared/requirements/filters');
    // One entry per requirement; norms stating the same one share it, each quoted.
    expect(rows).toBe(groupSameRequirement(NORMS).length);
    expect(await page.locator('.requirement blockquote p').count()).toBe(NORMS.length);
    expect(await page.locator('.requirement:has(blockquote p):has(figcaption a)').count()).toBe(rows);
    await expectNoAxeViolations(page, '要求速查');
  });

  it('要求速查 prints on A4: no site chrome, every entry and its quote, nothing cut at the right edge', async () => {
    await page.goto(`${siteUrl()}/requirements/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.breadcrumb']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    const entries = page.locator('.requirement');
    const count = await entries.count();
    expect(await page.locator('.requirement:has(blockquote:visible)').count()).toBe(count);
    const pages = await printedPages(page);
    expect(pages).toBeGreaterThan(0);
    // About 2.5 entries a page: 20 pages for the 50 norms it had, more as the table grows.
    expect(pages).toBeLessThanOrEqual(Math.ceil(count / 2.5));
    // At A4 width (210 mm ≈ 794 CSS px) nothing overflows sideways.
    await page.setViewportSize({ width: 794, height: 1123 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('sharing and broken data', () => {
  it('a share link opened in a new page shows the same result directly', async () => {
    await open(page, `#${encodeAnswers(EXPECTED)}`);
    expect(await headingText()).toBe('自评结果');
    const link = await shareLink();
    const other = await browser.context.newPage();
    await other.clock.setFixedTime(CLOCK);
    await open(other, new URL(link).hash);
    expect(await headingText(other)).toBe('自评结果');
    expect(await findingIds(other)).toEqual(await findingIds(page));
    expect(await other.locator('.findings h3').allTextContents()).toEqual(await page.locator('.findings h3').allTextContents());
    expect(await other.locator('#gauge-work meter').getAttribute('value')).toBe(
      await page.locator('#gauge-work meter').getAttribute('value'),
    );
    expect(await other.locator('.assessment-notice').textContent()).toContain('通过分享链接打开');
    // Opening a link saves nothing locally.
    expect(await other.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
    await other.close();
  });

  it.each([
    ['tampered', (h: string) => h.replace(/^a4\.10-/, 'a4.11-')],
    ['truncated', (h: string) => h.slice(0, h.length - 9)],
  ])('a %s share link shows its message and a fresh questionnaire', async (_name, mangle) => {
    const hash = mangle(encodeAnswers(EXPECTED));
    const decoded = decodeAnswers(hash);
    expect(decoded.ok).toBe(false);
    await open(page, `#${hash}`);
    expect(await page.getByRole('alert').textContent()).toBe(decoded.ok ? '' : decoded.message);
    expect(await headingText()).toBe('第 1 步，共 6 步：基本情况');
    // The broken link is dropped from the address bar, so a reload starts clean.
    expect(await page.evaluate(() => location.hash)).toBe('');
  });

  it('corrupted saved data shows its message and a fresh questionnaire', async () => {
    await open(page);
    await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"step":"life","answers":'), STORAGE_KEY);
    await page.reload();
    await page.locator('.assessment[data-ready="true"]').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('上次保存的填写进度已损坏，无法恢复，请重新填写。');
    expect(await headingText()).toBe('第 1 步，共 6 步：基本情况');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBeNull();
  });
});

describe('printed report', () => {
  it('print media shows a clean report: no navigation, the answers, findings and cited article texts', async () => {
    await open(page, `#${encodeAnswers(EXPECTED)}`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-footer',
      '.breadcrumb',
      '.assessment-intro',
      '.result-tools__buttons',
      '.finding__more > summary',
      '.assessment-result button',
      '.assessment-notice',
    ]) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.assessment-result__date').textContent()).toBe('自评日期：2025年6月15日');
    expect(await page.getByRole('heading', { name: '填写的答案' }).isVisible()).toBe(true);
    expect(await page.locator('[data-finding="role.party-dues"]').isVisible()).toBe(true);
    // The cited article's text, exactly as in the corpus (normalised), is printed.
    const found = findArticle(getCorpus(), 'member-education-regulations', 16);
    expect(found).toBeDefined();
    const expected = [found?.article.firstText ?? '', ...(found?.article.paragraphs ?? []).map((p) => p.text)]
      .filter((t) => t !== '')
      .map(normalizeTypography);
    const source = page.locator('[data-source="member-education-regulations#16"]');
    expect(await source.isVisible()).toBe(true);
    expect(await source.locator('h4').textContent()).toBe('《中国共产党党员教育管理工作条例》第十六条');
    expect(await source.locator('p').allTextContents()).toEqual(expected);
    await page.emulateMedia({ media: 'screen' });
    expect(await source.isVisible()).toBe(false);
  });

  it('the 打印 button opens the print dialog', async () => {
    await open(page, `#${encodeAnswers(EXPECTED)}`);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await page.getByRole('button', { name: '打印或导出 PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });
});

describe('without JavaScript', () => {
  it('explains that JavaScript is needed, links to the rules and hides the inert form', async () => {
    // JavaScript is set per browser context, so this one test gets its own browser.
    const noJs = await withBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${siteUrl()}/assessment/`);
    expect(await page.getByText(/^自评需要浏览器启用 JavaScript。/).isVisible()).toBe(true);
    const links = await page.locator('main a').evaluateAll((els) => els.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toContainEqual([
      '《中国共产党章程》第三十条',
      expect.stringMatching(/^\/regulations\/party-constitution\/[^/]+\/#art-30$/),
    ]);
    expect(links).toContainEqual([
      '《中国共产党支部工作条例（试行）》第四条',
      expect.stringMatching(/^\/regulations\/branch-work-regulations\/[^/]+\/#art-4$/),
    ]);
    expect(links.some(([, href]) => href === '/explainers/xiehui-shanghui-dangjian/si/')).toBe(true);
    for (const [, href] of links) {
      if (!href?.startsWith('/regulations/')) continue;
      const response = await page.request.get(`${siteUrl()}${href}`);
      expect(response.status(), href).toBe(200);
    }
    expect(await page.locator('.assessment-island').isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('page title', () => {
  it('names the current step', async () => {
    await page.evaluate(() => localStorage.clear());
    await open(page);
    // The title follows the render in an effect, so wait for it rather than race it.
    await expect.poll(() => page.title()).toMatch(/^第 1 步，共 \d+ 步：.+ \| “两个覆盖”自评/);
  });
});
