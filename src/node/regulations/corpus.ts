/**
 * Reads the regulation texts from the shared folder (never copied into the repo).
 * The folder is configurable through REGULATIONS_DIR; it defaults to ../shared/regulations
 * relative to the working directory, which is how the project sees `shared/`.
 * Any new *.txt file there is picked up without code changes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseRegulation } from '../../shared/regulations/parse.ts';
import { regulationsDir } from '../paths.ts';
import { decodeSource } from '../../shared/regulations/source.ts';
import type { Article, Chapter, RegulationDoc } from '../../shared/regulations/types.ts';

export { regulationsDir };

/** Parses every *.txt in `dir`, sorted by file name. Parse and encoding errors carry file and line. */
export function loadCorpus(dir: string = regulationsDir()): RegulationDoc[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `法规文本目录不存在：${dir}。请设置环境变量 REGULATIONS_DIR 或提供 ../shared/regulations。` +
        ` (Regulations folder not found: ${dir}. Set REGULATIONS_DIR or provide ../shared/regulations.)`,
    );
  }
  // statSync follows symlinks, so a linked text counts and a folder named x.txt does not.
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.txt') && statSync(path.join(dir, name)).isFile())
    .sort();
  if (names.length === 0) {
    throw new Error(`法规文本目录中没有 .txt 文件：${dir} (Regulations folder holds no .txt file: ${dir})`);
  }
  const seen = new Map<string, string>();
  return names.map((name) => {
    // The full path makes parse errors clickable; the doc itself stores only the basename.
    const file = path.join(dir, name);
    // Read as bytes: invalid UTF-8 (a GBK file) must fail, not turn into U+FFFD mojibake.
    const doc = parseRegulation(decodeSource(readFileSync(file), file), file);
    const other = seen.get(doc.slug);
    if (other) {
      throw new Error(
        `两个法规文件得到相同的网址名“${doc.slug}”：${other} 和 ${name}，请改名其中一个 (two files map to the same URL slug)`,
      );
    }
    seen.set(doc.slug, name);
    return doc;
  });
}

/**
 * One parse per folder for the whole process. Kept on globalThis because Astro loads the
 * integration (which parses first, to write the chapters) and the pages as separate
 * module instances; a module-level Map would parse twice.
 */
const CACHE_KEY = Symbol.for('xhdj.corpusCache');
type CacheHolder = { [CACHE_KEY]?: Map<string, RegulationDoc[]> };
const cache: Map<string, RegulationDoc[]> = ((globalThis as CacheHolder)[CACHE_KEY] ??= new Map());

/** Forgets the parse of `dir` (the dev server calls this when a text changes). */
export function invalidateCorpus(dir: string = regulationsDir()): void {
  cache.delete(path.resolve(dir));
}

/** loadCorpus, memoised per folder: the integration and all pages share one parse. Treat the result as read-only. */
export function getCorpus(dir: string = regulationsDir()): RegulationDoc[] {
  const key = path.resolve(dir);
  let corpus = cache.get(key);
  if (!corpus) {
    corpus = loadCorpus(key);
    cache.set(key, corpus);
  }
  return corpus;
}

export interface ArticleLocation {
  doc: RegulationDoc;
  chapter: Chapter;
  article: Article;
}

/** Finds 第n条 of the document with this slug. */
export function findArticle(corpus: readonly RegulationDoc[], slug: string, n: number): ArticleLocation | undefined {
  const doc = corpus.find((d) => d.slug === slug);
  if (!doc) return undefined;
  for (const chapter of doc.chapters) {
    const range = chapter.articleRange;
    if (!range || n < range[0] || n > range[1]) continue;
    for (const block of chapter.blocks) {
      if (block.kind === 'article' && block.article.number === n) return { doc, chapter, article: block.article };
    }
  }
  return undefined;
}
