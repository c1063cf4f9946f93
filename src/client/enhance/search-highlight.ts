// Reading pages (BaseLayout): the words a search result was found by are marked in the
// article it leads to. Imports nothing so that it stays inline (see theme-toggle.ts).

/**
 * The element id a location hash points to: '#art-3' → 'art-3', percent-escapes
 * decoded ('#%E7%AC%AC' → '第'). A malformed escape (#%E0%A4%A) is not an error: the
 * id is then taken as written, as browsers do. null for an empty hash. Pure.
 */
export function fragmentId(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * After a search result click, marks the searched terms in the target article.
 * The search page leaves the terms in sessionStorage; they are used once.
 */
export function highlightSearchTerms(): void {
  let needles: unknown;
  try {
    const key = __STORAGE_KEYS__.searchHighlight;
    needles = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    sessionStorage.removeItem(key);
  } catch {
    return;
  }
  if (!Array.isArray(needles)) return;
  const words = needles.filter((n): n is string => typeof n === 'string' && n.length > 0);
  const id = fragmentId(location.hash);
  const target = id === null ? null : document.getElementById(id);
  const scope = target?.closest('.reg-article, section, p') ?? document.querySelector('[data-pagefind-body]');
  if (!scope || words.length === 0) return;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const hits: Text[] = [];
  while (walker.nextNode()) hits.push(walker.currentNode as Text);
  for (const node of hits) {
    const text = node.data;
    const at = Math.min(...words.map((w) => text.indexOf(w)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    const word = words.find((w) => text.indexOf(w) === at)!;
    const mark = document.createElement('mark');
    const rest = node.splitText(at);
    rest.splitText(word.length);
    mark.textContent = rest.data;
    rest.replaceWith(mark);
  }
}
