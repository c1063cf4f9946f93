/** Shared browser-test helpers: one browser per test file, request log, axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { TODAY } from './answers';
import { launchBrowser, type BrowserOptions, type LaunchedBrowser } from './browser';

export const siteUrl = (): string => inject('siteUrl');

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (bundled, injected into the page) for WCAG 2.0/2.1/2.2 A and AA. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the site's CSP (rightly) does not block it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 160) })),
    }));
  });
}

/** Fails naming `where` and listing each violation axe finds on the page. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

/** Records every request a page makes, so tests can prove nothing leaves the site. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function foreignRequests(urls: readonly string[]): string[] {
  const origin = new URL(siteUrl()).origin;
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && u !== 'about:blank');
}

export async function withBrowser(options: BrowserOptions = {}): Promise<LaunchedBrowser> {
  return launchBrowser(options);
}

/**
 * The browser of a test file: launched before its tests and closed after them. Call once
 * at the top level of an e2e file; hooks registered after it can use `browser.context`.
 */
export function useBrowser(options: BrowserOptions = {}): { readonly context: BrowserContext } {
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    launched = await withBrowser(options);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get context(): BrowserContext {
      if (!launched) throw new Error('useBrowser: the browser is not launched yet; use it inside hooks and tests');
      return launched.context;
    },
  };
}

/**
 * A page of the file's browser for one describe block: opened (at `viewport`, when given)
 * before its tests and closed after them. Call it where the block declares its page; what
 * it returns stands for that page (a proxy to it), so the tests read `page.goto(…)` as before.
 */
export function usePage(
  viewport: { width: number; height: number } | undefined,
  options: { browser: { readonly context: BrowserContext } },
): Page {
  let opened: Page | undefined;
  beforeAll(async () => {
    opened = await options.browser.context.newPage();
    if (viewport) await opened.setViewportSize(viewport);
  });
  afterAll(async () => {
    await opened?.close();
  });
  return new Proxy({} as Page, {
    get(_target, key) {
      if (!opened) throw new Error('usePage: the page is not open yet; use it inside hooks and tests');
      const value: unknown = Reflect.get(opened, key, opened);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(opened) : value;
    },
  });
}

/** The browser tests' clock: the assessment fixtures' TODAY, in the morning. */
export const CLOCK = new Date(`${TODAY}T10:00:00`);

/**
 * Closes the previous test's page and opens a new one with the clock fixed at `today`.
 * The browser context is shared within a file, so `clearStorage` empties localStorage
 * first (assessment tests must not see each other's saved answers).
 */
export async function freshPage(
  context: BrowserContext,
  previous: Page | undefined,
  today: Date,
  options: { clearStorage?: boolean } = {},
): Promise<Page> {
  await previous?.close();
  const page = await context.newPage();
  await page.clock.setFixedTime(today);
  if (options.clearStorage) {
    await page.goto(`${siteUrl()}/robots.txt`);
    await page.evaluate(() => localStorage.clear());
  }
  return page;
}

/** How many pages a PDF has (its /Type /Page objects; /Pages is the tree, not a page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Prints `page` to A4, without backgrounds, and counts the pages of the PDF. */
export async function printedPages(page: Page): Promise<number> {
  return pdfPageCount(await page.pdf({ format: 'A4', printBackground: false }));
}

/**
 * A new page of `context` on a phone, as DevTools' device mode makes one: a small screen
 * (375 × 667, scale 2) and touch (pointer: coarse, hover: none).
 */
export async function newPhonePage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 375, height: 667, deviceScaleFactor: 2, mobile: true });
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return page;
}
