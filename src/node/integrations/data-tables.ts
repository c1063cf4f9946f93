/**
 * Astro integration: before anything is built, check the data files the pages and
 * islands import: the norm table (src/node/data/norm-tables.ts), the year plan's
 * duties (src/node/data/duty-table.ts) and the questionnaire's texts
 * (src/node/data/question-texts.ts). JSON has no types, so this is where a wrong value
 * is caught: the build stops naming file and line, before Vite bundles a value the code
 * does not know.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkDutyFile, DUTIES_FILE } from '../data/duty-table.ts';
import { formatProblem } from '../data/json-file.ts';
import { checkNormFiles, NORMS_DIR } from '../data/norm-tables.ts';
import { checkQuestionTexts, QUESTION_TEXTS_FILE } from '../data/question-texts.ts';
import { NORM_GROUPS } from '../../shared/assessment/norms/types.ts';

/** Every problem of the data files under `root`, as `file:line: message` with the file relative to it. */
export function dataTableProblems(root: string): string[] {
  const norms = checkNormFiles(resolve(root, NORMS_DIR), NORM_GROUPS);
  const duties = checkDutyFile(resolve(root, DUTIES_FILE), norms.ids);
  const texts = checkQuestionTexts(resolve(root, QUESTION_TEXTS_FILE));
  return [...norms.problems, ...duties, ...texts].map((p) => formatProblem({ ...p, file: relative(root, p.file) }));
}

export function dataTablesIntegration(): AstroIntegration {
  return {
    name: 'xhdj:data-tables',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = dataTableProblems(fileURLToPath(config.root));
        if (problems.length > 0) throw new Error(`数据文件有误：\n${problems.join('\n')}`);
      },
    },
  };
}
