// A throwaway copy of the project (sources and content; node_modules linked) in a
// temp folder, so a build with other inputs never touches the working tree's
// .generated/, .astro/ or dist/. Used by the build-variant tests and bench:scale.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT_ENTRIES = ['content', 'src', 'public', 'astro.config.mjs', 'tsconfig.json', 'tsconfig.base.json', 'package.json'];

export function scratchProject(root: string, prefix: string = 'xhdj-scratch-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_ENTRIES) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
