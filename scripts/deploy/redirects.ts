// Moved pages, read off the built site. A page made by src/components/RedirectPage.astro
// (the explainer's old /article/… addresses) carries <meta http-equiv="refresh"
// content="0;url=/new/">: on a plain static host the browser follows it. The servers we
// ship answer its address with a real 301 instead, so clients and crawlers see a
// permanent move: the Node server derives the list at start, and scripts/deploy/deploy-config.ts
// writes one exact nginx location per moved page into deploy/nginx.conf.
import { readFileSync } from 'node:fs';
import { htmlFiles, pageAddress } from './dist-pages.ts';

const REFRESH = /<meta http-equiv="refresh" content="0;url=([^"]*)"/;
// Plain site paths only: they are written into nginx.conf and into Location headers.
const SAFE_PATH = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** Moved page address → its new address (both ending in /), from the pages in `dist`. */
export function redirectsFromDist(dist: string): Map<string, string> {
  const moves = new Map<string, string>();
  for (const file of htmlFiles(dist)) {
    const to = REFRESH.exec(readFileSync(file, 'utf8'))?.[1];
    const from = pageAddress(dist, file);
    if (to === undefined || !from.endsWith('/')) continue;
    for (const path of [from, to]) {
      if (!SAFE_PATH.test(path))
        throw new Error(`${file}：转址的网址 ${path} 不是本站的普通路径（应以 / 开头和结尾，只含字母、数字和 ._~-）。`);
    }
    moves.set(from, to);
  }
  return moves;
}

/** nginx directives for the moves: an exact location each, keeping the query string. */
export function nginxRedirects(moves: ReadonlyMap<string, string>): string[] {
  return [...moves].map(([from, to]) => `location = ${from} { return 301 ${to}$is_args$args; }`);
}
