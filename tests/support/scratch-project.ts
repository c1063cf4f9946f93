// A throwaway copy of the project (sources and content; packages linked) in a
// temp folder, so a build with other inputs never touches the working tree's
// .generated/, .astro/ or dist/. Used by the build-variant tests and bench:scale.
//
// node_modules is a real folder of links to each installed package, not one link to
// the project's node_modules: Astro and Vite keep their caches inside it
// (node_modules/.astro/data-store.json, node_modules/.vite/), and copies sharing them
// read each other's content. `astro dev` watches its data store, so a parallel
// build's store once replaced the dev server's edited chapter in CI.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT_ENTRIES = ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'tsconfig.base.json', 'package.json'];

/** Caches each copy keeps to itself. */
export const PRIVATE_CACHES = ['.astro', '.vite'];

export function scratchProject(root: string, prefix: string = 'xhdj-scratch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_ENTRIES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!PRIVATE_CACHES.includes(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  return dir;
}
