// Reading on a phone (issue #19's last gaps) in Chromium: the contents mark the article
// being read (375 px and 1280 px); dates and article numbers never break across lines
// (375 px and 320 px).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from '../support/page';
import { completeAssessment } from '../support/assessment';
import { UNBREAKABLE } from '../../src/shared/text/nowrap';

const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

const browser = useBrowser();

/** A page of this file's browser at `viewport`, open for the tests of the describe block that calls this. */
function pageAt(viewport: { width: number; height: number }): { readonly page: Page } {
  const held: { page?: Page } = {};
  beforeAll(async () => {
    held.page = await browser.context.newPage();
    await held.page.setViewportSize(viewport);
  });
  afterAll(() => held.page?.close());
  return {
    get page(): Page {
      return held.page!;
    },
  };
}

/** The hrefs of the contents' entries marked as being read, and whether each looks unlike an unmarked one. */
function marked(page: Page): Promise<{ href: string; styled: boolean }[]> {
  return page.evaluate(() => {
    const plain = document.querySelector<HTMLElement>('.toc a[href^="#"]:not([aria-current]), .outline a[href^="#"]:not([aria-current])');
    const weight = plain ? getComputedStyle(plain).fontWeight : '';
    return [...document.querySelectorAll<HTMLAnchorElement>('a[aria-current="location"]')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      styled: getComputedStyle(a).fontWeight !== weight,
    }));
  });
}

describe.each([
  ['phone', PHONE],
  ['wide screen', WIDE],
])('the contents on a %s', (_name, viewport) => {
  const at = pageAt(viewport);

  it('mark the article landed at, and the mark moves on scrolling to another', async () => {
    await at.page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-2/#art-5`);
    // 目录 always lists the chapter's articles; 本页目录 does too where it is shown.
    await expect.poll(() => marked(at.page)).toContainEqual({ href: '#art-5', styled: true });
    expect((await marked(at.page)).every((m) => m.href === '#art-5' && m.styled)).toBe(true);
    await at.page.locator('#art-7').evaluate((h) => h.scrollIntoView());
    await expect.poll(async () => (await marked(at.page)).map((m) => m.href)).toContain('#art-7');
    expect((await marked(at.page)).every((m) => m.href === '#art-7' && m.styled)).toBe(true);
  });

  it('mark the last article landed at, though it cannot scroll to the top', async () => {
    const chapter = `${siteUrl()}/regulations/branch-work-regulations/ch-5/`;
    await at.page.goto(chapter);
    const href = await at.page.locator('.toc a[href^="#art-"]').last().getAttribute('href');
    await at.page.goto(`${chapter}${href}`);
    // On the wide screen the at.page ends before that article reaches the top. The text is laid
    // out lazily (content-visibility), so the page's height and scroll settle after the load.
    const atEnd = () => at.page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
    await expect.poll(atEnd).toBe(viewport === WIDE);
    await expect.poll(async () => (await marked(at.page)).map((m) => m.href)).toContain(href);
    expect((await marked(at.page)).every((m) => m.href === href)).toBe(true);
  });

  it('mark the chapter being read on the full-text at.page', async () => {
    await at.page.goto(`${siteUrl()}/regulations/branch-work-regulations/full/#art-10`);
    const chapter = await at.page.locator('#art-10').evaluate((h) => h.closest('.reg-full__chapter')!.querySelector('.chapter-title')!.id);
    await expect.poll(async () => (await marked(at.page)).map((m) => m.href)).toEqual([`#${chapter}`]);
    await at.page
      .locator('.reg-full__chapter .chapter-title')
      .last()
      .evaluate((h) => h.scrollIntoView());
    const last = await at.page.locator('.reg-full__chapter .chapter-title').last().getAttribute('id');
    await expect.poll(async () => (await marked(at.page)).map((m) => m.href)).toEqual([`#${last}`]);
  });
});

/**
 * Dates ("2025-06", "2026年6月3日") and article numbers ("第三十一条") on the page that break
 * across lines: for each occurrence in a visible text node, whether it takes more than one
 * line box (Range.getClientRects).
 */
function brokenTokens(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const TOKEN = new RegExp(source, 'g');
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent?.checkVisibility({ visibilityProperty: true }) || parent.closest('script, style, .visually-hidden')) continue;
      for (const m of (node.textContent ?? '').matchAll(TOKEN)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(`${m[0]}（${(parent.textContent ?? '').trim().slice(0, 24)}）`);
      }
    }
    return broken;
  }, UNBREAKABLE.source);
}

describe.each([375, 320])('at %i px', (width) => {
  const at = pageAt({ width, height: 667 });

  it.each([
    '/',
    '/regulations/',
    '/regulations/branch-work-regulations/',
    '/regulations/branch-work-regulations/ch-2/',
    '/regulations/branch-work-regulations/full/',
    '/regulations/party-constitution/',
    '/explainers/xiehui-shanghui-dangjian/',
    '/explainers/xiehui-shanghui-dangjian/si/',
    '/requirements/',
    '/glossary/',
  ])('%s: no date or article number breaks across lines', async (path) => {
    await at.page.goto(`${siteUrl()}${path}`);
    expect(await brokenTokens(at.page)).toEqual([]);
  });

  it('the assessment, its result and the plan: no date breaks across lines', async () => {
    await at.page.goto(`${siteUrl()}/assessment/`);
    await at.page.evaluate(() => localStorage.clear());
    await completeAssessment(at.page, `${siteUrl()}/assessment/`);
    expect(await brokenTokens(at.page)).toEqual([]);
    await at.page.goto(`${siteUrl()}/assessment/plan/`);
    await at.page.locator('.plan[data-ready="true"]').waitFor();
    expect(await brokenTokens(at.page)).toEqual([]);
    await at.page.evaluate(() => localStorage.clear());
  });
});

describe('citation notes on a phone', () => {
  it('each opens at its top, its cited part in view, the marker tapped not covered', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    const problems: string[] = [];
    for (const chapter of ['san', 'si']) {
      await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/${chapter}/`);
      const marks = page.locator('.cite__mark');
      const count = await marks.count();
      for (let i = 0; i < count; i++) {
        const mark = marks.nth(i);
        const label = await mark.getAttribute('aria-label');
        const note = page.locator(`#${await mark.getAttribute('popovertarget')}`);
        await mark.click();
        await expect.poll(() => note.evaluate((n) => n.matches(':popover-open'))).toBe(true);
        const seen = () =>
          note.evaluate((n, markLabel) => {
            const sheet = n.getBoundingClientRect();
            const marker = document.querySelector(`.cite__mark[aria-label="${markLabel}"]`)!.getBoundingClientRect();
            const bar = document.querySelector('.site-header')!.getBoundingClientRect();
            const cited = (n.querySelector('.cite-note__line--cited') ?? n.querySelector('.cite-note__line'))!.getBoundingClientRect();
            return {
              top: n.scrollTop === 0 && sheet.top >= 0,
              cited: cited.top >= sheet.top && cited.top + 24 <= Math.min(sheet.bottom, innerHeight),
              marker: marker.top >= bar.bottom && (marker.bottom <= sheet.top || marker.top >= sheet.bottom),
            };
          }, label);
        // The page may move to show the marker: waited for, then reported.
        await expect
          .poll(seen)
          .toEqual({ top: true, cited: true, marker: true })
          .catch(() => undefined);
        for (const [what, ok] of Object.entries(await seen())) if (!ok) problems.push(`${chapter} ${label}: ${what}`);
        await page.keyboard.press('Escape');
        await expect.poll(() => note.evaluate((n) => n.matches(':popover-open'))).toBe(false);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without popover support (older WeChat and X5 browsers)', () => {
  it('a glossary term leads to its entry in 术语表, a note marker to the article it cites', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
      for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover']) delete proto[name];
    });
    await page.setViewportSize(PHONE);
    const chapter = `${siteUrl()}/explainers/xiehui-shanghui-dangjian/si/`;
    await page.goto(chapter);
    expect(await page.evaluate(() => 'popover' in HTMLElement.prototype)).toBe(false);
    const term = page.locator('button.term').first();
    const entry = await term.getAttribute('data-href');
    expect(entry).toMatch(/^\/glossary\/#/);
    await term.click();
    await page.waitForURL((url) => url.pathname + url.hash === entry);
    await page.goto(chapter);
    const mark = page.locator('.cite__mark').first();
    const cited = await mark.evaluate((m) => m.parentElement!.querySelector('.cite__list a')!.getAttribute('href'));
    await mark.click();
    await page.waitForURL((url) => url.pathname + url.hash === cited);
    await page.close();
  });
});
