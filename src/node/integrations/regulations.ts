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
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getCorpus, invalidateCorpus, regulationsDir } from '../regulations/corpus.ts';
import { regulationToMdx } from '../../shared/regulations/to-mdx.ts';
import { GENERATED_REGULATIONS_DIR, setProjectRoot } from '../paths.ts';

export function writeRegulationChapters(root: string): { documents: number; files: number } {
  const corpus = getCorpus(regulationsDir());
  const outDir = resolve(root, GENERATED_REGULATIONS_DIR);
  rmSync(outDir, { recursive: true, force: true });
  let files = 0;
  for (const doc of corpus) {
    for (const file of regulationToMdx(doc)) {
      const target = resolve(outDir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      files++;
    }
  }
  return { documents: corpus.length, files };
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
        const onChange = (file: string): void => {
          if (!resolve(file).startsWith(dir) || !file.endsWith('.txt')) return;
          invalidateCorpus(dir);
          try {
            const { documents, files } = writeRegulationChapters(root);
            logger.info(`法规原文已更新：${documents} 部，${files} 个章节`);
          } catch (error) {
            // Keep serving the last good chapters; the message names file and line.
            logger.error(error instanceof Error ? error.message : String(error));
          }
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
