// Reading on phones and wide screens (issue #12), in Chromium at 375 and 1280 px:
// the explainer's note markers are 24×24 px tap targets that open the cited articles in
// place (no JavaScript needed) and stay out of copied text and print; the contents come
// before the text (folded under 目录 on phones, a sidebar on wide screens), Tab follows
// what is seen, phones get back to the contents, and wide screens use their width.
import { describe, expect, it } from 'vitest';
import { findArticle, getCorpus } from '../../src/node/regulations/corpus';
import { articleTextLines } from '../../src/shared/regulations/display';
import { axe, siteUrl, usePage, useBrowser, withBrowser } from '../support/page';

const CHAPTER = '/explainers/xiehui-shanghui-dangjian/si/';
const CONTENTS_PAGES = [CHAPTER, '/regulations/party-constitution/', '/regulations/branch-work-regulations/ch-2/', '/glossary/'];
const PHONE = 375;

/** The corpus text a note quotes, from the href of its link (/regulations/<slug>/<chapter>/#art-N). */
function citedText(href: string): string[] {
  const m = /^\/regulations\/([^/]+)\/[^/]+\/#art-(\d+)$/.exec(href);
  if (!m) throw new Error(`not an article link: ${href}`);
  const found = findArticle(getCorpus(), m[1]!, Number(m[2]));
  if (!found) throw new Error(`no such article: ${href}`);
  return articleTextLines(found.article);
}

const browser = useBrowser();

describe.each([
  [PHONE, 800],
  [1280, 900],
])('at %i px', (width, height) => {
  const page = usePage({ width, height }, { browser });

  it('every note marker is a tap target of at least 24×24 px', async () => {
    await page.goto(`${siteUrl()}${CHAPTER}`);
    const boxes = await page.locator('.cite__mark').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(3);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
  });

  it('a marker opens its note in place: each cited article verbatim, linked; Esc closes it', async () => {
    await page.goto(`${siteUrl()}${CHAPTER}`);
    const mark = page.locator('.cite__mark').nth(2);
    const note = page.locator(`#${await mark.getAttribute('popovertarget')}`);
    expect(await note.isVisible()).toBe(false);
    await mark.click();
    expect(await note.evaluate((n) => n.matches(':popover-open'))).toBe(true);
    const box = await note.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= width && box.y >= 0).toBe(true);
    const links = await note.locator('.cite-note__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(0);
    const shown = await note
      .locator('.cite-note__item')
      .evaluateAll((items) =>
        items.map((i) => Array.from(i.querySelectorAll('.cite-note__line')).map((l) => (l as HTMLElement).innerText)),
      );
    expect(shown).toEqual(links.map(citedText));
    expect(await axe(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await note.isVisible()).toBe(false);
    await mark.click();
    await note.locator('.cite-note__title a').first().click();
    await page.waitForURL(new RegExp(`${links[0]!.replace(/[/#]/g, '\\$&')}$`));
  });

  it('copying a paragraph copies its text only, without the note markers', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    await page.goto(`${siteUrl()}${CHAPTER}`);
    const para = page.locator('p[data-para]:has(.cite__mark)').first();
    const expected = await para.evaluate((p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      for (const ui of Array.from(clone.querySelectorAll('[data-ui]'))) ui.remove();
      return clone.textContent ?? '';
    });
    await para.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      document.execCommand('copy');
    });
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(expected);
  });

  it('the contents come before the text, and Tab reaches them first', async () => {
    for (const path of CONTENTS_PAGES) {
      await page.goto(`${siteUrl()}${path}`);
      const toc = (await page.locator('.toc').boundingBox())!;
      const heading = (await page.locator('main h1').boundingBox())!;
      const firstLink = page.locator('.toc a').first();
      if (width === PHONE) {
        // Folded under 目录 at the top, above the heading; one tap opens it.
        expect(toc.y + toc.height, path).toBeLessThan(heading.y);
        expect(await page.locator('.toc__summary').isVisible(), path).toBe(true);
        expect(await firstLink.isVisible(), path).toBe(false);
        await page.locator('.toc__summary').click();
        expect(await firstLink.isVisible(), path).toBe(true);
      } else {
        // A sidebar on the left, open.
        expect(await page.locator('.toc__summary').isVisible(), path).toBe(false);
        expect(await firstLink.isVisible(), path).toBe(true);
        expect(toc.x + toc.width, path).toBeLessThanOrEqual(heading.x);
      }
    }
  });

  it('keyboard order follows the visual order', async () => {
    await page.goto(`${siteUrl()}${CHAPTER}`);
    // Opened without a click, so that Tab starts from the top of the page.
    await page.locator('.toc__fold').evaluate((d) => void ((d as HTMLDetailsElement).open = true));
    const stops: { region: string; top: number; left: number; text: string }[] = [];
    for (let i = 0; i < 45; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const region = el.closest('header') ? 'header' : el.closest('.toc') ? 'toc' : el.closest('main') ? 'main' : 'other';
          const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
          return { region, top: rect.top + scrollY, left: rect.left + scrollX, text: el.textContent?.slice(0, 20) ?? '' };
        }),
      );
    }
    const order = ['header', 'toc', 'main'];
    const regions = stops.map((s) => s.region).filter((r, i, all) => r !== all[i - 1] && r !== 'other');
    expect(regions).toEqual(order);
    // Within the contents and the text: downwards, and left to right on one line.
    for (const region of ['toc', 'main']) {
      const inRegion = stops.filter((s) => s.region === region);
      expect(inRegion.length, region).toBeGreaterThan(2);
      inRegion.slice(1).forEach((s, i) => {
        const prev = inRegion[i]!;
        const sameLine = Math.abs(s.top - prev.top) < 8;
        expect(sameLine ? s.left >= prev.left : s.top > prev.top, `${prev.text} → ${s.text}`).toBe(true);
      });
    }
  });

  it('prints the explainer without markers, notes or contents, keeping the cited articles', async () => {
    await page.goto(`${siteUrl()}${CHAPTER}`);
    await page.locator('.cite__mark').first().click();
    await page.emulateMedia({ media: 'print' });
    try {
      for (const hidden of ['.cite__mark', '.cite-note', '.toc', '.toc__summary', '.to-toc']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await page.locator('.cite__list').first().isVisible()).toBe(true);
      expect(await page.locator('.cite__list a').first().textContent()).toMatch(/第.+条$/);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('on phones', () => {
  const page = usePage({ width: PHONE, height: 800 }, { browser });

  it('目录 stays in the bar, opens the folded contents and covers no text', async () => {
    await page.goto(`${siteUrl()}/regulations/branch-work-regulations/ch-2/`);
    const back = page.locator('.to-toc');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await back.isVisible()).toBe(true);
    // In the sticky bar, above the text, not floating over it.
    const bar = (await page.locator('.site-header').boundingBox())!;
    const box = (await back.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(bar.y);
    expect(box.y + box.height).toBeLessThanOrEqual(bar.y + bar.height);
    expect(await page.locator('.toc__fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await back.click();
    await expect.poll(() => page.locator('.toc__fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const summary = await page.locator('.toc__summary').evaluate((s) => s.getBoundingClientRect().top);
    expect(summary).toBeGreaterThanOrEqual(bar.height - 1);
    expect(summary).toBeLessThan(800);
  });
});

describe('on wide screens', () => {
  const page = usePage({ width: 1280, height: 900 }, { browser });

  it('overview pages spread their cards over the width; lines keep the measure', async () => {
    for (const path of ['/', '/regulations/']) {
      await page.goto(`${siteUrl()}${path}`);
      const grid = (await page.locator('main .card-grid').boundingBox())!;
      const para = (await page.locator('main > p').first().boundingBox())!;
      expect(grid.width, path).toBeGreaterThan(1000);
      expect(para.width, path).toBeLessThan(700);
      const tops = await page.locator('main .card').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().top));
      // However many documents there are, the first row is filled (3 or more across, or all of them).
      const firstRow = tops.filter((t) => t === tops[0]).length;
      expect(firstRow, `${path}: cards across the first row`).toBeGreaterThanOrEqual(Math.min(tops.length, 3));
    }
  });

  it('search shows its filters beside the results', async () => {
    await page.goto(`${siteUrl()}/search/?q=${encodeURIComponent('换届')}`);
    await expect.poll(() => page.locator('.search-results > li').count()).toBeGreaterThan(0);
    const filters = (await page.locator('.search-filters').boundingBox())!;
    const results = (await page.locator('.search-results').boundingBox())!;
    expect(filters.x + filters.width).toBeLessThanOrEqual(results.x);
    expect(Math.abs(filters.y - results.y)).toBeLessThan(100);
  });

  it('a page with sections has 本页目录 on the right, after the text in Tab order', async () => {
    for (const path of [CHAPTER, '/regulations/branch-work-regulations/ch-3/']) {
      await page.goto(`${siteUrl()}${path}`);
      const outline = page.locator('nav.outline');
      expect(await outline.isVisible(), path).toBe(true);
      const box = (await outline.boundingBox())!;
      const text = (await page.locator('main').boundingBox())!;
      expect(box.x, path).toBeGreaterThanOrEqual(text.x + text.width);
      // It lists the page's own sections, each a link to a heading on this page.
      const targets = await outline.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
      expect(targets.length, path).toBeGreaterThan(1);
      for (const id of targets) expect(await page.locator(`main [id="${id}"]`).count(), `${path}#${id}`).toBe(1);
      // Not listed twice: the contents on the left show the chapters only.
      expect(await page.locator('.toc ol ol').first().isVisible(), path).toBe(false);
      // After the text in the document, so Tab reaches it after the text, as it is seen.
      const after = await page.evaluate(
        () =>
          !!(
            document.querySelector('main')!.compareDocumentPosition(document.querySelector('nav.outline')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ),
      );
      expect(after, path).toBe(true);
    }
    // A chapter without numbered sections has no 本页目录 and no empty third column.
    await page.goto(`${siteUrl()}/explainers/xiehui-shanghui-dangjian/yi/`);
    expect(await page.locator('nav.outline').count()).toBe(0);
    expect(await page.locator('.page').evaluate((p) => getComputedStyle(p).gridTemplateColumns.split(' ').length)).toBe(2);
    // On a phone the contents list the sections instead.
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.goto(`${siteUrl()}${CHAPTER}`);
      expect(await page.locator('nav.outline').isVisible()).toBe(false);
      await page.locator('.toc__summary').click();
      expect(await page.locator('.toc ol ol a').first().isVisible()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('the footer lines up with the content', async () => {
    for (const path of ['/', CHAPTER, '/assessment/', '/regulations/party-constitution/']) {
      await page.goto(`${siteUrl()}${path}`);
      const footer = await page
        .locator('.site-footer p')
        .first()
        .evaluate((p) => p.getBoundingClientRect().left);
      const first = await page.locator('.page > :first-child').evaluate((el) => el.getBoundingClientRect().left);
      expect(Math.abs(footer - first), path).toBeLessThan(2);
    }
  });
});

describe('without JavaScript', () => {
  it('a note marker still opens its note', async () => {
    const noJs = await withBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.setViewportSize({ width: PHONE, height: 800 });
      await page.goto(`${siteUrl()}${CHAPTER}`);
      const mark = page.locator('.cite__mark').first();
      const note = page.locator(`#${await mark.getAttribute('popovertarget')}`);
      await mark.click();
      expect(await note.isVisible()).toBe(true);
      expect(await note.locator('.cite-note__line').count()).toBeGreaterThan(0);
    } finally {
      await noJs.close();
    }
  });
});
