// The pages of a built site: every .html file under dist/, and the address each is
// served at. One walk for the CSP derivation, the moved pages, the budgets and the tests.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dist` (absolute or as given), sorted; build assets and Pagefind's folder hold none. */
export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dist, { withFileTypes: true })) {
    const full = join(dist, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '_astro' && entry.name !== 'pagefind') out.push(...htmlFiles(full));
    } else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

/** The address a built page is served at: index.html → /, glossary/index.html → /glossary/, 404.html → /404.html. */
export function pageAddress(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
