/**
 * Astro integration: indexes the built pages with Pagefind's Node API in
 * `astro:build:done`, in the same process as the build (formerly a second
 * `pagefind --site dist` command). Output is the same: dist/pagefind/. Must come
 * before the service-worker integration, which precaches the index it writes.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** The folder Pagefind writes into, relative to dist/ (and its URL path on the site). */
export const PAGEFIND_DIR = 'pagefind';

export async function indexSite(dist: string): Promise<number> {
  const fail = (step: string, errors: readonly string[]): Error => new Error(`Pagefind ${step} 失败：${errors.join('；')}`);
  try {
    const { index, errors } = await createIndex({});
    if (!index || errors.length) throw fail('创建索引', errors);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw fail('读取页面', added.errors);
    const written = await index.writeFiles({ outputPath: join(dist, PAGEFIND_DIR) });
    if (written.errors.length) throw fail('写入索引', written.errors);
    return added.page_count;
  } finally {
    await close();
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
