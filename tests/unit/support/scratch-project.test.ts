// Scratch copies keep Astro's and Vite's caches to themselves: copies that shared
// node_modules/.astro read each other's content store (a parallel build's chapters
// replaced the dev server's edited one).
import { existsSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRIVATE_CACHES, scratchProject } from '../../support/scratch-project.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('scratchProject', () => {
  it('links the packages but not the caches', () => {
    const marker = join(ROOT, 'node_modules', '.astro', 'scratch-test-marker');
    mkdirSync(join(ROOT, 'node_modules', '.astro'), { recursive: true });
    writeFileSync(marker, '');
    try {
      const a = scratchProject(ROOT, 'xhdj-scratch-test-');
      const b = scratchProject(ROOT, 'xhdj-scratch-test-');
      dirs.push(a, b);
      for (const dir of [a, b]) {
        expect(lstatSync(join(dir, 'node_modules')).isSymbolicLink()).toBe(false);
        for (const cache of PRIVATE_CACHES) expect(existsSync(join(dir, 'node_modules', cache))).toBe(false);
        // Packages still resolve from the copy.
        expect(createRequire(join(dir, 'package.json')).resolve('astro/package.json')).toContain('astro');
      }
      mkdirSync(join(a, 'node_modules', '.astro'));
      expect(existsSync(join(b, 'node_modules', '.astro'))).toBe(false);
    } finally {
      rmSync(marker, { force: true });
    }
  });
});
