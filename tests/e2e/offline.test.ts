// Offline after one visit, and updates that reach readers. Each test serves dist/ itself
// (the project's static server on a free port), so it can take the site away (offline)
// or deploy a changed build to the same origin (update). Against another server
// (E2E_BASE_URL, e.g. npm run test:nginx) the offline test uses that one and only the
// browser goes offline.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type StaticServer } from '../../scripts/static-server.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { completeAssessment } from '../support/assessment';
import { DIST, htmlPages, readPage } from '../support/dist';
import { axe, siteUrl, withBrowser } from '../support/page';
import type { LaunchedBrowser } from '../support/browser';

/** Opens `url` and waits until the service worker controls the page: the precache is complete then. */
async function visitUntilControlled(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Console errors, page errors and failed requests of every page in `context`. */
function recordProblems(context: BrowserContext): string[] {
  const problems: string[] = [];
  const watch = (page: Page): void => {
    page.on('pageerror', (e) => problems.push(`pageerror ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`failed ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return problems;
}

const h1 = (html: string): string => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';

describe('after one visit, offline', () => {
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

  it('opens a chapter never visited, searches and completes a self-assessment', { timeout: 180_000 }, async () => {
    const base = external?.() ?? server!.url;
    const problems = recordProblems(browser.context);
    const page = await browser.context.newPage();
    await visitUntilControlled(page, `${base}/`);

    // The site is gone: the server is stopped (our own) and the browser is offline.
    await server?.close();
    server = undefined;
    await browser.context.setOffline(true);

    const chapter = htmlPages().find((p) => /^\/regulations\/[^/]+\/ch-2\/$/.test(p))!;
    await page.goto(`${base}${chapter}`);
    expect(await page.locator('h1').textContent()).toBe(h1(readPage(chapter)));
    expect(await page.locator('.reg-article').count()).toBeGreaterThan(0);

    await page.goto(`${base}/search/?q=${encodeURIComponent('党员大会')}`);
    const items = page.locator('[data-search] [data-search-part="results"] > li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);

    await completeAssessment(page, `${base}/assessment/`);
    expect(await page.locator('.assessment').textContent()).toContain('组织覆盖');
    expect(problems).toEqual([]);

    // A page typed without its trailing slash, as the servers do online: redirected.
    const glossary = await page.goto(`${base}/glossary#liangge-fugai`);
    expect(glossary?.status()).toBe(200);
    expect(page.url()).toBe(`${base}/glossary/#liangge-fugai`);
    expect(await page.locator('h1').textContent()).toBe(h1(readPage('/glossary/')));

    // An unknown address offline: the site's own 404 page, from the cache.
    const missing = await page.goto(`${base}/no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe(h1(readPage('/404.html')));
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
});
