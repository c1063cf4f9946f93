/** Loads Pagefind's browser API from the site itself (never bundled, never remote). */

export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}
export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[] } | null>;
  preload: (q: string) => Promise<void>;
  /** Every filter's values and how many pages hold each. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const mod = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await mod.options({ excerptLength: 30 });
    return mod;
  })();
  return api;
}
