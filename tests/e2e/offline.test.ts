// Offline after one visit (what was used, and everything after the explicit full
// download), and updates that reach readers. Each test serves dist/ itself
// (the project's static server on a free port), so it can take the site away (offline)
// or deploy a changed build to the same origin (update). Against another server
// (E2E_BASE_URL, e.g. npm run test:nginx) the offline test uses that one and only the
// browser goes offline.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/serve/static-server.ts';
import { writeServiceWorker } from '../../src/node/integrations/service-worker.ts';
import { completeAssessment } from '../support/assessment';
import { DIST, htmlPages, readPage } from '../support/dist';
import { axe, siteUrl, withBrowser } from '../support/page';
import type { LaunchedBrowser } from '../support/browser';
import { statusText } from '../../src/client/worker/full-download';

/** Opens `url` and waits until the service worker controls the page: the precache is complete then. */
async function visitUntilControlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Console errors, page errors, failed requests and error responses of every page in `context`. */
function recordProblems(context: BrowserContext): string[] {
  const problems: string[] = [];
  const watch = (page: Page): void => {
    page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console ${m.text()}`);
    });
    // A request cancelled because the page moved on (the browser's fetch of a manifest icon) is not a failure.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed ${r.url()} ${r.failure()?.errorText}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

const h1 = (html: string): string => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';

/** Goes offline: our own server stops (when there is one) and the browser is offline. */
async function goOffline(browser: LaunchedBrowser, server: StaticServer | undefined): Promise<void> {
  await server?.close();
  await browser.context.setOffline(true);
}

/** Records every text the full download's status shows from now on, in order (statusTexts reads them). */
const watchStatus = (status: Locator): Promise<void> =>
  status.evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
const statusTexts = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

const chapters = (): string[] => htmlPages().filter((p) => /^\/regulations\/[^/]+\/ch-\d+\/$/.test(p));
const searchResults = (page: Page) => page.locator('[data-search] [data-search-part="results"] > li');
const OFFLINE_H1 = h1(readPage('/offline/'));
const DONE = statusText({ state: 'done' });

describe('offline, without the full download', () => {
  let browser: LaunchedBrowser;
  let server: StaticServer | undefined;
  const external = process.env['E2E_BASE_URL'] ? siteUrl : undefined;
  beforeAll(async () => {
    browser = await withBrowser();
    if (!external) server = await startServer({ root: DIST, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it(
    'opens the pages visited, repeats a search, completes a self-assessment; a page not visited says so in Chinese',
    { timeout: 180_000 },
    async () => {
      const base = external?.() ?? server!.url;
      const problems = recordProblems(browser.context);
      const page = await browser.context.newPage();
      await visitUntilControlled(page, `${base}/`);
      const [visited, unvisited] = chapters();
      await page.goto(`${base}${visited}`);
      await page.goto(`${base}/glossary/`);
      await page.goto(`${base}/search/?q=${encodeURIComponent('党员大会')}`);
      await searchResults(page).first().waitFor();

      await goOffline(browser, server);
      server = undefined;

      await page.goto(`${base}${visited}`);
      expect(await page.locator('h1').textContent()).toBe(h1(readPage(visited!)));
      expect(await page.locator('.reg-article').count()).toBeGreaterThan(0);

      await page.goto(`${base}/search/?q=${encodeURIComponent('党员大会')}`);
      await searchResults(page).first().waitFor();
      expect(await searchResults(page).count()).toBeGreaterThan(0);

      await completeAssessment(page, `${base}/assessment/`);
      expect(await page.locator('.assessment').textContent()).toContain('组织覆盖');
      expect(problems).toEqual([]);

      // A page typed without its trailing slash, as the servers do online: redirected.
      const glossary = await page.goto(`${base}/glossary#liangge-fugai`);
      expect(glossary?.status()).toBe(200);
      expect(page.url()).toBe(`${base}/glossary/#liangge-fugai`);
      expect(await page.locator('h1').textContent()).toBe(h1(readPage('/glossary/')));

      // A chapter never opened, and an address that does not exist: the offline page, at
      // the address asked for (a reload online then shows the page), not a browser error.
      for (const address of [unvisited!, '/no-such-page/']) {
        const response = await page.goto(`${base}${address}`);
        expect(response?.status()).toBe(503);
        expect(page.url()).toBe(`${base}${address}`);
        expect(await page.locator('h1').textContent()).toBe(OFFLINE_H1);
      }
      expect(await page.locator('main').textContent()).toContain('现在没有网络');
      expect(await axe(page)).toEqual([]);
    },
  );
});

describe('下载全部内容以便离线阅读', () => {
  let browser: LaunchedBrowser;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    browser = await withBrowser();
    server = await startServer({ root: DIST, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it(
    'says why it failed, then downloads the rest: offline, a chapter never opened and a new search work',
    { timeout: 240_000 },
    async () => {
      const base = server!.url;
      const page = await browser.context.newPage();
      await visitUntilControlled(page, `${base}/`);
      const section = page.locator('[data-full-download]');
      const button = section.getByRole('button', { name: /^下载全部内容以便离线阅读（约 \d+\.\d MB）$/ });
      const status = section.getByRole('status');
      expect(await axe(page)).toEqual([]);

      // The site goes away while the reader asks: a message in Chinese, and the button stays.
      const port = new URL(base).port;
      await server!.close();
      await button.click();
      await expect
        .poll(() => status.textContent(), { timeout: 60_000 })
        .toBe(statusText({ state: 'failed', reason: 'network', done: 0, total: 0 }));
      expect(await button.isEnabled()).toBe(true);

      server = await startServer({ root: DIST, port: Number(port) });
      await watchStatus(status);
      await button.click();
      await expect.poll(() => status.textContent(), { timeout: 180_000 }).toBe(DONE);
      const seen = await statusTexts(page);
      expect(seen.some((text) => /^正在下载：\d+ \/ \d+ 个文件……$/.test(text))).toBe(true);
      // Known as done on the next visit too.
      await page.reload();
      await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe(DONE);

      await goOffline(browser, server);
      server = undefined;
      const problems = recordProblems(browser.context);
      const chapter = chapters().at(-1)!;
      await page.goto(`${base}${chapter}`);
      expect(await page.locator('h1').textContent()).toBe(h1(readPage(chapter)));
      await page.goto(`${base}/search/?q=${encodeURIComponent('入党申请')}`);
      await searchResults(page).first().waitFor();
      expect(await searchResults(page).count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    },
  );
});

describe('下载全部内容, interrupted', () => {
  const PROGRESS = /^正在下载：(\d+) \/ (\d+) 个文件……$/;
  const PARTIAL = /^下载没有完成（已保存 (\d+) 个文件）/;

  it('continues where it stopped when the page was closed, and completes', { timeout: 240_000 }, async () => {
    const [browser, server] = await Promise.all([withBrowser(), startServer({ root: DIST, port: 0 })]);
    onTestFinished(() => Promise.all([server.close(), browser.close()]).then(() => undefined));
    let page = await browser.context.newPage();
    await visitUntilControlled(page, `${server.url}/`);
    const section = (p: Page) => p.locator('[data-full-download]');
    await section(page).getByRole('button').click();
    // Closed as soon as the first batch is saved.
    await expect.poll(() => section(page).getByRole('status').textContent(), { timeout: 60_000 }).toMatch(PROGRESS);
    const before = Number(PROGRESS.exec((await section(page).getByRole('status').textContent()) ?? '')![1]);
    const total = Number(PROGRESS.exec((await section(page).getByRole('status').textContent()) ?? '')![2]);
    expect(before).toBeLessThan(total);
    await page.close();

    // Asked from a page without the button (which would ask for the next batch): once the
    // batch under way when the page closed is over, the download waits for a press.
    page = await browser.context.newPage();
    await page.goto(`${server.url}/glossary/`);
    const ask = () =>
      page.evaluate(
        () =>
          new Promise<string>((done) => {
            navigator.serviceWorker.addEventListener('message', (e: MessageEvent<{ text: string }>) => done(e.data.text), { once: true });
            navigator.serviceWorker.controller!.postMessage({ type: 'full-status' });
          }),
      );
    await expect.poll(ask, { timeout: 60_000 }).toMatch(PARTIAL);
    expect(Number(PARTIAL.exec(await ask())![1])).toBeGreaterThanOrEqual(before);

    await page.goto(`${server.url}/`);
    const status = section(page).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(PARTIAL);
    await watchStatus(status);
    await section(page).getByRole('button').click();
    await expect.poll(() => status.textContent(), { timeout: 180_000 }).toBe(DONE);
    const counts = (await statusTexts(page)).flatMap((text) => {
      const m = PROGRESS.exec(text);
      return m ? [Number(m[1])] : [];
    });
    // Continued, not started again: every count after reopening is beyond what was saved before.
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > before)).toBe(true);
    await page.close();
  });
});

describe('a new deploy', () => {
  let browser: LaunchedBrowser;
  let server: StaticServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xhdj-deploy-'));
    cpSync(DIST, root, { recursive: true });
    browser = await withBrowser();
    server = await startServer({ root, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Deploys a build whose home page says `version`, with its service worker, into the served folder. */
  async function deploy(version: string): Promise<void> {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const changed = home.replace(/(<main\b[^>]*>)/, `$1<p id="deploy-version">${version}</p>`);
    expect(changed).not.toBe(home);
    writeFileSync(join(root, 'index.html'), changed);
    await writeServiceWorker(root);
  }

  const version = (page: Page): Promise<string | null> =>
    page
      .locator('#deploy-version')
      .textContent({ timeout: 1000 })
      .catch(() => null);

  it('shows 内容已更新 on an open page, whose reload brings the new content; the next visit gets it', { timeout: 180_000 }, async () => {
    const problems = recordProblems(browser.context);
    const page = await browser.context.newPage();
    await visitUntilControlled(page, `${server.url}/`);
    expect(await version(page)).toBeNull();
    const notice = page.getByRole('status').filter({ hasText: '内容已更新' });
    expect(await notice.isVisible()).toBe(false);

    await deploy('第二版');
    // What a navigation does, without leaving the page: the browser fetches sw.js again.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await notice.waitFor();
    expect(await version(page)).toBeNull(); // the open page still shows what it loaded
    expect(await axe(page)).toEqual([]);
    await notice.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => version(page), { timeout: 30_000 }).toBe('第二版');
    expect(await notice.isVisible()).toBe(false);

    // Another deploy while no page is open. The next visit gets it: at once, or (when
    // the old worker answered first) with the notice, which the browser's own update
    // check on navigation brings; the visit's next page is new. Nothing stale for ever.
    await page.close();
    await deploy('第三版');
    const next = await browser.context.newPage();
    await next.goto(`${server.url}/`);
    if ((await version(next)) !== '第三版') {
      await next.getByRole('status').filter({ hasText: '内容已更新' }).waitFor({ timeout: 60_000 });
      await next.goto(`${server.url}/`);
    }
    expect(await version(next)).toBe('第三版');
    expect(problems).toEqual([]);
  });

  /** The paths the runtime caches hold. */
  const cached = (page: Page): Promise<string[]> =>
    page.evaluate(async () => {
      const keys = await Promise.all(['xhdj-pages', 'xhdj-search'].map(async (name) => (await caches.open(name)).keys()));
      return keys.flat().map((r) => new URL(r.url).pathname);
    });

  it(
    'leaves in the runtime caches only what the new build has: a removed page and an older index’s chunk go',
    { timeout: 180_000 },
    async () => {
      const page = await browser.context.newPage();
      await visitUntilControlled(page, `${server.url}/`);
      const [kept, removed] = chapters().slice(-2) as [string, string];
      for (const path of [kept, removed]) await page.goto(`${server.url}${path}`);
      // A chunk of the index an older build wrote (Pagefind names them by their hashes).
      const stale = '/pagefind/fragment/zh-cn_0000000.pf_fragment';
      await page.evaluate((url) => caches.open('xhdj-search').then((c) => c.put(url, new Response('old'))), stale);
      expect(await cached(page)).toEqual(expect.arrayContaining([kept, removed, stale]));

      // The new build has no such page and no such chunk.
      rmSync(join(root, removed), { recursive: true });
      await writeServiceWorker(root);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect.poll(() => cached(page), { timeout: 60_000 }).not.toContain(removed);
      const after = await cached(page);
      expect(after).toContain(kept);
      // The worker prunes the search cache after the pages cache: the stale chunk may go a moment later.
      await expect.poll(() => cached(page)).not.toContain(stale);
      await page.close();
    },
  );
});
