import type { BrowserContext, Page } from 'playwright-core';
export const CHROMIUM_PATH: string;
export const CHROMIUM_FLAGS: string[];
export function launchChromium(options?: Record<string, unknown>): Promise<BrowserContext>;
export function countTransferredBytes(page: Page): () => number;
