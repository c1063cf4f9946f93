/** Launches Debian's Chromium for the browser tests (flags and profile: scripts/lib/browser.ts). */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../../scripts/lib/browser.ts';

export const CHROMIUM = CHROMIUM_PATH;

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent context on a new empty user-data-dir, so no state leaks between runs. */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）：请先运行 apt-get install -y chromium fonts-noto-cjk，或设置 CHROMIUM_PATH。`);
  }
  const context = await launchChromium({
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  return { context, close: () => context.close() };
}

export type { Browser, BrowserContext };
