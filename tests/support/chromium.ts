// Debian Chromium with the flags this machine needs (its closed network refuses
// Chromium's own background connections), on a new empty profile every time.
// Shared by the browser tests, the benchmarks, Lighthouse and the screenshot helper.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Playwright's options for a persistent context (everything but the profile folder). */
export type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A persistent context on a fresh user-data-dir; extra Playwright context options pass through. */
export function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'xhdj-chromium-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    ...options,
  });
}

/** One response the page got: its URL, its bytes on the wire (headers + encoded body), and of them the headers'. */
export interface Transfer {
  url: string;
  bytes: number;
  headerBytes: number;
}

/** Records every response the page gets, in the order they finish; the array grows as they do. */
export function recordTransfers(page: Page): Transfer[] {
  const log: Transfer[] = [];
  page.on('requestfinished', async (request) => {
    const s = await request.sizes().catch(() => undefined);
    if (s) log.push({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize, headerBytes: s.responseHeadersSize });
  });
  return log;
}

/** Counts bytes on the wire (headers + encoded body) of every response the page gets. */
export function countTransferredBytes(page: Page): () => number {
  const log = recordTransfers(page);
  return () => log.reduce((sum, t) => sum + t.bytes, 0);
}
