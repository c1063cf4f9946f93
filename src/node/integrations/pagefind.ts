/**
 * Astro integration: indexes the built pages with Pagefind's Node API in
 * `astro:build:done`, in the same process as the build (formerly a second
 * `pagefind --site dist` command). Output is the same: dist/pagefind/. Must come
 * before the service-worker integration, which precaches the index it writes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { keepUnitAnchors } from './index-anchors.ts';

/** The folder Pagefind writes into, relative to dist/ (and its URL path on the site). */
export const PAGEFIND_DIR = 'pagefind';

/** A copy of dist/'s pages as Pagefind reads them (see index-anchors.ts), in a new temporary folder. */
function indexCopy(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'xhdj-index-'));
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    mkdirSync(join(copy, dirname(file)), { recursive: true });
    writeFileSync(join(copy, file), keepUnitAnchors(readFileSync(join(dist, file), 'utf8')));
  }
  return copy;
}

export async function indexSite(dist: string): Promise<number> {
  const fail = (step: string, errors: readonly string[]): Error => new Error(`Pagefind ${step} 失败：${errors.join('；')}`);
  const pages = indexCopy(dist);
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length) throw fail('创建索引', errors);
    const added = await index.addDirectory({ path: pages });
    if (added.errors.length) throw fail('读取页面', added.errors);
    const written = await index.writeFiles({ outputPath: join(dist, PAGEFIND_DIR) });
    if (written.errors.length) throw fail('写入索引', written.errors);
    return added.page_count;
  } finally {
    await close();
    rmSync(pages, { recursive: true, force: true });
  }
}

export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'xhdj:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`Pagefind：已索引 ${pages} 个页面`);
      },
    },
  };
}
