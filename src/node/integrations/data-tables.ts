/**
 * Astro integration: before anything is built, check the data files the pages and
 * islands import (the norm table, src/node/data/norm-tables.ts). JSON has no types, so
 * this is where a wrong value is caught: the build stops naming file and line, before
 * Vite bundles a value the evaluator does not know.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkNormFiles, formatProblem, NORMS_DIR } from '../data/norm-tables.ts';
import { NORM_GROUPS } from '../../shared/assessment/norms/types.ts';

export function dataTablesIntegration(): AstroIntegration {
  return {
    name: 'xhdj:data-tables',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = checkNormFiles(resolve(root, NORMS_DIR), NORM_GROUPS).map((p) => ({ ...p, file: relative(root, p.file) }));
        if (problems.length > 0) throw new Error(`自评规范表的数据文件有误：\n${problems.map(formatProblem).join('\n')}`);
      },
    },
  };
}
