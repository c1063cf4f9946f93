// Copy, print, cite (issue #12) in a real browser, at phone and desktop widths:
// "复制条文" copies 《title》第N条：the full text and the URL (selectable text without
// JavaScript); a regulation's full-text page prints as one document with the site name,
// its URL, the source note and the dates; every printout ends with the site name, the
// page URL and the source notes; axe finds nothing on the new page.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findArticle, getCorpus } from '../../src/node/regulations/corpus';
import { SITE_NAME } from '../../src/shared/site/meta';
import { regulationArticleUrl, regulationChapterUrl, regulationFullTextUrl } from '../../src/shared/site/urls';
import { normalizeTypography } from '../../src/shared/text/normalize';
import { axe, pdfPageCount, siteUrl, usePage, useBrowser, withBrowser } from '../support/page';

const SLUG = 'branch-work-regulations';
const doc = getCorpus().find((d) => d.slug === SLUG);
if (!doc) throw new Error(`${SLUG} is not in REGULATIONS_DIR`);
const art4 = findArticle(getCorpus(), SLUG, 4);
if (!art4) throw new Error(`${SLUG} has no 第四条`);
const CHAPTER = regulationChapterUrl(SLUG, art4.chapter.key);
const FULL = regulationFullTextUrl(SLUG);
const ARTICLE_IDS = doc.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'article' ? [b.article.id] : [])));
/** Our note on where the text comes from (content/regulations/<slug>.mdx). */
const SOURCE_NOTE = /^sourceNote:\s*(.+)$/m.exec(readFileSync(`content/regulations/${SLUG}.mdx`, 'utf8'))?.[1]?.trim() ?? '';

/** The expected citation: 《title》第四条：text (a line per paragraph), then the canonical URL. */
function citation(origin: string): string {
  const { article, chapter } = art4!;
  const title = doc!.header.title.replace(/^《/, '').replace(/》$/, '');
  const body = [article.firstText, ...article.paragraphs.map((p) => p.text)]
    .filter((t) => t !== '')
    .map(normalizeTypography)
    .join('\n');
  return `《${title}》${normalizeTypography(article.label)}：${body}\n${origin}${regulationArticleUrl(SLUG, chapter.key, 4)}`;
}

const canonicalOrigin = async (page: Page): Promise<string> =>
  new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
const canonicalHref = async (page: Page): Promise<string> => (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';

const browser = useBrowser();

describe.each([375, 1280])('at %i px', (width) => {
  const page = usePage({ width, height: 900 }, { browser });

  it('复制条文 copies 《title》第四条：the full text and the URL', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    await page.goto(`${siteUrl()}${CHAPTER}`);
    const article = page.locator('.reg-article:has(#art-4)');
    await article.locator('[data-copy-text]').click();
    await expect.poll(() => article.locator('[role="status"]').textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('《中国共产党支部工作条例（试行）》第四条：')).toBe(true);
    expect(copied).toBe(citation(await canonicalOrigin(page)));
    // With JavaScript it acts as a copy button: the citation stays folded away.
    expect(await article.locator('details.reg-cite').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  });

  it('when the clipboard refuses, the citation opens, selected for Ctrl+C', async () => {
    await page.goto(`${siteUrl()}${CHAPTER}`);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    const article = page.locator('.reg-article:has(#art-4)');
    await article.locator('[data-copy-text]').click();
    await expect.poll(() => article.locator('[data-cite-text]').isVisible()).toBe(true);
    expect(await article.locator('[role="status"]').textContent()).toContain('Ctrl+C');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(citation(await canonicalOrigin(page)));
  });

  it('the full text prints as one document: site name, URL, source note, dates and every article', async () => {
    await page.goto(`${siteUrl()}${FULL}`);
    await page.emulateMedia({ media: 'print' });
    try {
      for (const chrome of ['.site-header', '.site-footer', '.toc', '.breadcrumb', '.reg-article__tools', '[data-print]']) {
        expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
      }
      expect(await page.locator('h1').textContent()).toBe(doc.header.title);
      const colophon = page.locator('.print-colophon');
      expect(await colophon.isVisible()).toBe(true);
      const printed = (await colophon.innerText()).replace(/\s+/g, '');
      expect(printed).toContain(SITE_NAME);
      expect(printed).toContain(await canonicalHref(page));
      expect(await canonicalHref(page)).toMatch(new RegExp(`${FULL}$`));
      expect(printed).toContain(SOURCE_NOTE);
      expect(await page.locator('.reg-provenance').innerText()).toContain(SOURCE_NOTE);
      expect(await page.locator('.page-dates').isVisible()).toBe(true);
      // The document's own dates, not the date our copy of the file was made.
      expect(await page.locator('.page-dates').textContent()).toMatch(/(?:通过\/发布|施行) \d{4}年\d{1,2}月\d{1,2}日/);
      expect(await page.locator('.page-dates').textContent()).not.toContain('文件日期');
      // Every article, in order, and every line of the text.
      expect(await page.locator('.reg-article__num:visible').evaluateAll((els) => els.map((e) => e.id))).toEqual(ARTICLE_IDS);
      expect(await page.locator('[data-line]:visible').count()).toBe(await page.locator('[data-line]').count());
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThan(1);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('links deep into the full text land on their article, its text laid out (text far below is laid out lazily)', async () => {
    // An article two thirds down lands at the top of the window, just below the sticky
    // bar; the last one, with no page left below it to scroll, anywhere in the window.
    for (const [id, nearTop] of [
      [ARTICLE_IDS[Math.floor((ARTICLE_IDS.length * 2) / 3)]!, true],
      [ARTICLE_IDS.at(-1)!, false],
    ] as const) {
      await page.goto(`${siteUrl()}${FULL}#${id}`);
      const heading = page.locator(`[id="${id}"]`);
      const place = (): Promise<string> =>
        heading.evaluate((h, nearTop) => {
          const { top, bottom } = h.getBoundingClientRect();
          const bar = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
          if (top < bar || bottom > innerHeight) return `outside the window or under the bar (${Math.round(top)})`;
          return nearTop && top > bar + 40 ? `too low (${Math.round(top)})` : 'landed';
        }, nearTop);
      await expect.poll(place, { message: id }).toBe('landed');
      // The article's text has real lines, not a placeholder box.
      const lead = page.locator('.reg-article__lead').filter({ has: heading });
      expect(await lead.evaluate((el) => getComputedStyle(el).contentVisibility)).toBe('auto');
      expect(
        await lead
          .locator('[data-line]')
          .first()
          .evaluate((el) => el.getClientRects().length),
      ).toBeGreaterThan(0);
    }
  });

  it('the full-text page passes axe, with a citation open too, and its print button prints', async () => {
    await page.goto(`${siteUrl()}${FULL}`);
    expect(await axe(page)).toEqual([]);
    await page.locator('.reg-article:has(#art-4) details.reg-cite').evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    await page.getByRole('button', { name: '打印全文' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('chapter pages and the overview lead to the full text', async () => {
    await page.goto(`${siteUrl()}${CHAPTER}`);
    // On phones the link is in the contents, folded under 目录 at the top.
    if (width < 960) await page.locator('.toc__summary').click();
    await page.getByRole('link', { name: '全文（单页，可打印）' }).click();
    await page.waitForURL(new RegExp(`${FULL}$`));
    await page.goto(`${siteUrl()}/regulations/${SLUG}/`);
    expect(await page.getByRole('link', { name: '阅读全文（单页，可打印）' }).getAttribute('href')).toBe(FULL);
  });
});

describe('without JavaScript', () => {
  it('复制条文 opens on the citation as one selectable text; no print button', async () => {
    // JavaScript is set per browser context, so this test gets its own browser.
    const noJs = await withBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${siteUrl()}${CHAPTER}`);
      const article = page.locator('.reg-article:has(#art-4)');
      const text = article.locator('[data-cite-text]');
      expect(await text.isVisible()).toBe(false);
      await article.locator('summary').click();
      expect(await text.isVisible()).toBe(true);
      expect(await text.innerText()).toBe(citation(await canonicalOrigin(page)));
      expect(await text.evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
      await page.goto(`${siteUrl()}${FULL}`);
      expect(await page.locator('[data-print]').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});

describe('every printout ends with the site name, the page URL and the source notes', () => {
  const page = usePage(undefined, { browser });

  it.each(['/', '/explainers/xiehui-shanghui-dangjian/si/', CHAPTER, '/glossary/', '/requirements/', '/search/'])('%s', async (path) => {
    await page.goto(`${siteUrl()}${path}`);
    const colophon = page.locator('.print-colophon');
    expect(await colophon.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await colophon.isVisible()).toBe(true);
      const printed = (await colophon.innerText()).replace(/\s+/g, '');
      expect(printed).toContain(SITE_NAME);
      expect(printed).toContain(await canonicalHref(page));
      expect(printed).toContain('来源：学习强国');
      if (path === CHAPTER) expect(printed).toContain(SOURCE_NOTE);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
