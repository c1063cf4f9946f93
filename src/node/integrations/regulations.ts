/**
 * Astro integration: before the content layer loads, parse every file in
 * REGULATIONS_DIR (once: pages reuse the same parse through getCorpus) and write its
 * chapters as MDX into the git-ignored GENERATED_REGULATIONS_DIR. A parse error stops
 * the build naming file and line. In `astro dev` the folder is watched: an edited,
 * added or removed text is parsed again and its chapters rewritten, and the content
 * layer picks the new MDX up without a restart.
 *
 * Every relative import on the way from astro.config.mjs (this file, the parser and
 * its helpers, theme-script.ts) names its `.ts` file: then Node loads the config itself,
 * stripping the types. With one extensionless import it cannot, and Astro falls back to
 * starting a Vite server just to load the config (slower on every build and dev start).
 * A lint rule (eslint.config.js) and tests/unit/contracts/config-load.test.ts guard this
 * (docs/upgrading.md).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getCorpus, invalidateCorpus, regulationsDir } from '../regulations/corpus.ts';
import { regulationToMdx } from '../../shared/regulations/to-mdx.ts';
import { GENERATED_REGULATIONS_DIR, setProjectRoot } from '../paths.ts';

/** How long the corpus folder must be quiet before an edit is read (ms). */
const SETTLE_MS = 200;

export function writeRegulationChapters(root: string): { documents: number; files: number } {
  const corpus = getCorpus(regulationsDir());
  const outDir = resolve(root, GENERATED_REGULATIONS_DIR);
  const wanted = new Map<string, string>();
  for (const doc of corpus) {
    for (const file of regulationToMdx(doc)) wanted.set(resolve(outDir, file.path), file.content);
  }
  // Files are updated in place, never by emptying the folder: a dev server's watcher can
  // lose the events of a folder removed and made again within a millisecond, and then
  // serves the old chapter (seen in CI on a fast machine).
  for (const [target, content] of wanted) {
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  removeOthers(outDir, new Set(wanted.keys()));
  return { documents: corpus.length, files: wanted.size };
}

/** Removes every file under `dir` that is not in `keep`, and the folders left empty. */
function removeOthers(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      removeOthers(path, keep);
      if (readdirSync(path).length === 0) rmdirSync(path);
    } else if (!keep.has(path)) {
      rmSync(path, { force: true });
    }
  }
}

export function regulationsIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'xhdj:regulations',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        setProjectRoot(root);
        const { documents, files } = writeRegulationChapters(root);
        logger.info(`法规原文：${documents} 部，生成 ${files} 个章节（来自 ${regulationsDir()}）`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = regulationsDir();
        server.watcher.add(dir);
        const reload = (): void => {
          invalidateCorpus(dir);
          try {
            const { documents, files } = writeRegulationChapters(root);
            logger.info(`法规原文已更新：${documents} 部，${files} 个章节`);
          } catch (error) {
            // Keep serving the last good chapters; the message names file and line.
            logger.error(error instanceof Error ? error.message : String(error));
          }
        };
        // A save can arrive as several events (the truncation, then the write). Read the
        // texts once they have settled: read between the two, a text is empty, and the
        // watcher then drops the write's event (same mtime, newer atime), so the page
        // would keep the old text until the next save (seen in CI).
        let settling: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string): void => {
          if (!resolve(file).startsWith(dir) || !file.endsWith('.txt')) return;
          clearTimeout(settling);
          settling = setTimeout(reload, SETTLE_MS);
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
