/**
 * Astro integration: before the content layer loads, parse every file in
 * REGULATIONS_DIR and write its chapters as MDX into the git-ignored
 * GENERATED_REGULATIONS_DIR. A parse error stops the build naming file and line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadCorpus, regulationsDir } from '../lib/regulations/corpus';
import { regulationToMdx } from '../lib/regulations/to-mdx';
import { GENERATED_REGULATIONS_DIR } from '../lib/regulations/paths';

export function writeRegulationChapters(root: string): { documents: number; files: number } {
  const corpus = loadCorpus(regulationsDir());
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
  return {
    name: 'xhdj:regulations',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { documents, files } = writeRegulationChapters(root);
        logger.info(`法规原文：${documents} 部，生成 ${files} 个章节（来自 ${regulationsDir()}）`);
      },
    },
  };
}
