/** Launches Debian's Chromium for the browser tests (flags and profile: tests/support/chromium.ts). */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from './chromium.ts';

export const CHROMIUM = CHROMIUM_PATH;

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent context on a new empty user-data-dir, so no state leaks between runs. */
export interface BrowserOptions {
  javaScriptEnabled?: boolean;
  /**
   * 'block' keeps pages from registering the site's service worker: a controlled page's
   * requests are answered by the worker, where `page.route` cannot intercept them.
   * Playwright then logs a console warning for each registration.
   */
  serviceWorkers?: 'allow' | 'block';
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请先运行 apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。`);
  }
  const context = await launchChromium({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  return { context, close: () => context.close() };
}

export type { Browser, BrowserContext };
