// Reading on a phone (issue #19's last gaps), at 375 px and 1280 px in Chromium: the
// contents mark the article being read.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrl, useBrowser } from '../support/page';

const PHONE = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

const browser = useBrowser();

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
  let page: Page;
  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.setViewportSize(viewport);
  });
  afterAll(async () => {
    await page.close();
  });

  it('mark the article landed at, and the mark moves on scrolling to another', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-2/#art-5`);
    // 目录 always lists the chapter's articles; 本页目录 does too where it is shown.
    await expect.poll(() => marked(page)).toContainEqual({ href: '#art-5', styled: true });
    expect((await marked(page)).every((m) => m.href === '#art-5' && m.styled)).toBe(true);
    await page.locator('#art-7').evaluate((h) => h.scrollIntoView());
    await expect.poll(async () => (await marked(page)).map((m) => m.href)).toContain('#art-7');
    expect((await marked(page)).every((m) => m.href === '#art-7' && m.styled)).toBe(true);
  });

  it('mark the last article landed at, though it cannot scroll to the top', async () => {
    const chapter = `${siteUrl()}/regulations/branch-work-regulations/ch-5/`;
    await page.goto(chapter);
    const href = await page.locator('.toc a[href^="#art-"]').last().getAttribute('href');
    await page.goto(`${chapter}${href}`);
    // On the wide screen the page ends before that article reaches the top.
    const atEnd = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
    expect(atEnd).toBe(viewport === WIDE);
    await expect.poll(async () => (await marked(page)).map((m) => m.href)).toContain(href);
    expect((await marked(page)).every((m) => m.href === href)).toBe(true);
  });

  it('mark the chapter being read on the full-text page', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/full/#art-10`);
    const chapter = await page.locator('#art-10').evaluate((h) => h.closest('.reg-full__chapter')!.querySelector('.chapter-title')!.id);
    await expect.poll(async () => (await marked(page)).map((m) => m.href)).toEqual([`#${chapter}`]);
    await page
      .locator('.reg-full__chapter .chapter-title')
      .last()
      .evaluate((h) => h.scrollIntoView());
    const last = await page.locator('.reg-full__chapter .chapter-title').last().getAttribute('id');
    await expect.poll(async () => (await marked(page)).map((m) => m.href)).toEqual([`#${last}`]);
  });
});
