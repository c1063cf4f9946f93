// Comments and docs name files by their path from the project root ("see
// src/shared/search/rank.ts"). After a file moves such a mention silently points nowhere;
// this keeps every one of them true. Unit tests are left out: their paths are probes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MENTION =
  /(?<![\w./-])((?:src|scripts|tests|docs|deploy|content|public|\.ci)\/[\w./[\]-]*\.(?:tsx?|astro|mjs|css|md|json|ya?ml|conf|txt))/g;
const SCANNED = /\.(ts|tsx|astro|mjs|js|md|mdx|json|css|yaml)$|^\.ci\//;

describe('paths named in code and docs', () => {
  const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && SCANNED.test(f) && !f.startsWith('tests/unit/') && existsSync(f));

  it('every root-relative file path that a comment or a document names exists', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const [, mention] of readFileSync(file, 'utf8').matchAll(MENTION)) {
        if (mention && !/[*<…]/.test(mention) && !existsSync(mention)) missing.push(`${file}: ${mention}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
